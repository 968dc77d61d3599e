package org.serviceplan.journey.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.serviceplan.journey.BarrierMatrix;
import org.serviceplan.journey.Idef0Diagram;
import org.serviceplan.journey.Idef0Function;
import org.serviceplan.journey.JourneyMapSvg;
import org.serviceplan.journey.PainFilter;
import org.serviceplan.journey.internal.Element;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.JourneyStatus;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Journeys.StoredIdef0;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.Stage;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.Zone;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey pages other than the board: the list with "duplicate as to-be", the barrier matrix, the IDEF0
 * diagrams, and the exports of the whole map (SVG, PNG, XLSX).
 */
@Controller
@RequestMapping("/w/{ws}/journeys")
class JourneyAnalysisController {

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
	private static final MediaType XLSX = MediaType
		.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Journeys journeys;
	private final Workspaces workspaces;
	private final MessageSource messages;
	private final JourneyMapPdf pdf;

	JourneyAnalysisController(Journeys journeys, Workspaces workspaces, MessageSource messages, JourneyMapPdf pdf) {
		this.journeys = journeys;
		this.workspaces = workspaces;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping
	@Requires(Permission.VIEW_JOURNEYS)
	String list(Model model) {
		List<Journey> all = journeys.all();
		Map<UUID, String> titles = new LinkedHashMap<>();
		all.forEach(j -> titles.put(j.id(), j.title()));
		model.addAttribute("rows", all.stream().map(j -> JourneyRow.of(j, all)).toList());
		model.addAttribute("titles", titles);
		return "journey/list";
	}

	@PostMapping("/{journeyId}/duplicate")
	@Requires(Permission.EDIT_JOURNEYS)
	String duplicate(Member member, @PathVariable UUID journeyId, Locale locale, RedirectAttributes redirect) {
		Journey asIs = journeys.journey(journeyId);
		try {
			Journey toBe = journeys.duplicateAsToBe(journeyId,
					messages.getMessage("journey.analysis.list.toBeTitle", new Object[] { asIs.title() }, locale));
			redirect.addFlashAttribute("flash", "journey.analysis.list.duplicated");
			redirect.addFlashAttribute("flashArgs", List.of(toBe.title()));
			return "redirect:/w/" + member.workspaceId() + "/journeys/" + toBe.id();
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			return "redirect:/w/" + member.workspaceId() + "/journeys";
		}
	}

	@GetMapping("/{journeyId}/barrier-matrix")
	@Requires(Permission.VIEW_JOURNEYS)
	String barrierMatrix(@PathVariable UUID journeyId, @RequestParam(required = false) UUID stageId,
			@RequestParam(required = false) UUID zoneId, @RequestParam(required = false) UUID departmentId,
			@RequestParam(defaultValue = "false") boolean openOnly, Model model) {
		Journey journey = journeys.journey(journeyId);
		BarrierMatrix matrix = journeys.barrierMatrix(journeyId, new PainFilter(stageId, zoneId, departmentId, openOnly));
		List<Zone> zones = new ArrayList<>();
		journey.stages().forEach(s -> zones.addAll(journey.zonesOf(s.id())));
		model.addAttribute("journey", journey);
		model.addAttribute("matrix", matrix);
		model.addAttribute("stages", journey.stages());
		model.addAttribute("zones", zones);
		model.addAttribute("departments", workspaces.departments());
		model.addAttribute("stageId", stageId);
		model.addAttribute("zoneId", zoneId);
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("openOnly", openOnly);
		return "journey/matrix";
	}

	@GetMapping("/{journeyId}/idef0")
	@Requires(Permission.VIEW_JOURNEYS)
	String idef0(@PathVariable UUID journeyId, @RequestParam(required = false) UUID touchpointId,
			@RequestParam(required = false) UUID elementId,
			@RequestParam(defaultValue = Idef0Function.TOP) String node, Locale locale, Model model) {
		Journey journey = journeys.journey(journeyId);
		Optional<Owner> owner = owner(journey, touchpointId, elementId);
		Optional<StoredIdef0> stored = owner.flatMap(o -> journeys.idef0(journeyId, o.id()));
		Idef0Function function = stored.map(m -> m.function().find(node).orElseThrow(() -> new RecordNotFound("idef0",
				owner.get().id())))
			.orElse(null);
		if (stored.isEmpty() && !Idef0Function.TOP.equals(node)) {
			throw new RecordNotFound("idef0", owner.map(Owner::id).orElse(journeyId));
		}
		fillIdef0(journey, owner.orElse(null), stored.orElse(null), node, locale, model);
		if (!model.containsAttribute("form") && owner.isPresent()) {
			model.addAttribute("form", function == null ? Idef0Form.empty(node) : Idef0Form.of(function, node,
					stored.get().version()));
		}
		return "journey/idef0";
	}

	@PostMapping("/{journeyId}/idef0")
	@Requires(Permission.EDIT_JOURNEYS)
	String saveIdef0(Member member, @PathVariable UUID journeyId, @RequestParam(required = false) UUID touchpointId,
			@RequestParam(required = false) UUID elementId, Idef0Form form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Journey journey = journeys.journey(journeyId);
		Owner owner = owner(journey, touchpointId, elementId).orElseThrow(() -> new RecordNotFound("idef0", journeyId));
		Optional<StoredIdef0> stored = journeys.idef0(journeyId, owner.id());
		String node = form.node() == null || form.node().isBlank() ? Idef0Function.TOP : form.node();
		Idef0Function top;
		if (stored.isPresent()) {
			Idef0Function current = stored.get().function().find(node)
				.orElseThrow(() -> new RecordNotFound("idef0", owner.id()));
			top = Idef0Form.replace(stored.get().function(), Idef0Function.TOP, node, form.applyTo(current));
		}
		else if (Idef0Function.TOP.equals(node)) {
			top = form.applyTo(Idef0Function.of("", List.of(), List.of(), List.of(), List.of()));
		}
		else {
			throw new RecordNotFound("idef0", owner.id());
		}
		List<String> errors = top.violations().stream().map(v -> explained(v, locale)).toList();
		if (errors.isEmpty()) {
			try {
				journeys.storeIdef0(journeyId, owner.id(), top, stored.map(StoredIdef0::version).orElse(null));
				redirect.addFlashAttribute("flash", "journey.analysis.idef0.saved");
				return "redirect:/w/" + member.workspaceId() + "/journeys/" + journeyId + "/idef0?" + owner.param() + "="
						+ owner.id() + "&node=" + node;
			}
			catch (BusinessRuleViolation e) {
				errors = List.of(messages.getMessage(e.messageKey(), e.arguments(), locale));
			}
		}
		// Nothing stored: the page again with what was typed and every broken rule.
		response.setStatus(422);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		fillIdef0(journey, owner, stored.orElse(null), stored.isPresent() ? node : Idef0Function.TOP, locale, model);
		return "journey/idef0";
	}

	private static final Pattern CHILD = Pattern.compile("^children\\[(\\d+)]\\.?");
	private static final Pattern ITEM = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?$");

	/** A broken rule named the way the form shows it: node number, field label and line, not the JSON path. */
	private String explained(BusinessRuleViolation violation, Locale locale) {
		String message = messages.getMessage(violation.messageKey(), violation.arguments(), locale);
		String path = violation.field() == null ? "" : violation.field();
		String number = Idef0Function.TOP;
		Matcher child = CHILD.matcher(path);
		while (child.find()) {
			number = Idef0Function.childNumber(number, Integer.parseInt(child.group(1)));
			path = path.substring(child.end());
			child = CHILD.matcher(path);
		}
		Matcher item = ITEM.matcher(path);
		if (!item.matches()) {
			return messages.getMessage("journey.analysis.idef0.error.node", new Object[] { number, message }, locale);
		}
		String field = messages.getMessage("journey.analysis.idef0.field." + item.group(1), null, item.group(1), locale);
		return item.group(2) == null
				? messages.getMessage("journey.analysis.idef0.error.field", new Object[] { number, field, message }, locale)
				: messages.getMessage("journey.analysis.idef0.error.line",
						new Object[] { number, field, Integer.parseInt(item.group(2)) + 1, message }, locale);
	}

	private void fillIdef0(Journey journey, Owner owner, StoredIdef0 stored, String node, Locale locale, Model model) {
		List<ModelRow> models = new ArrayList<>();
		for (Stage stage : journey.stages()) {
			for (Zone zone : journey.zonesOf(stage.id())) {
				for (Element element : journey.elementsOf(zone.id())) {
					journey.idef0Of(element.id()).ifPresent(m -> models.add(
							new ModelRow("elementId", element.id(), element.name(), m.name())));
				}
			}
		}
		List<Touchpoint> touchpoints = journey.touchpoints();
		for (Touchpoint touchpoint : touchpoints) {
			journey.idef0Of(touchpoint.id()).ifPresent(m -> models.add(
					new ModelRow("touchpointId", touchpoint.id(), touchpoint.name(), m.name())));
		}
		List<Element> elements = new ArrayList<>();
		journey.stages().forEach(s -> journey.zonesOf(s.id()).forEach(z -> elements.addAll(journey.elementsOf(z.id()))));
		model.addAttribute("journey", journey);
		model.addAttribute("models", models);
		model.addAttribute("touchpoints", touchpoints);
		model.addAttribute("elements", elements);
		model.addAttribute("node", node);
		if (owner != null) {
			model.addAttribute("owner", owner);
		}
		if (stored != null) {
			Idef0Function function = stored.function().find(node).orElseThrow();
			model.addAttribute("function", function);
			model.addAttribute("nodes", stored.function().nodes());
			// Inline in the page: the XML declaration belongs to the standalone file only.
			model.addAttribute("svg", Idef0Diagram.svg(function, node, locale).replaceFirst("^<\\?xml[^>]*>\\s*", ""));
		}
	}

	/**
	 * The as-is next to its to-be. Opened from either side: a to-be is compared with the journey it came from, an
	 * as-is with the to-be chosen ({@code toBeId}) or its first one.
	 */
	@GetMapping("/{journeyId}/compare")
	@Requires(Permission.VIEW_JOURNEYS)
	String compare(@PathVariable UUID journeyId, @RequestParam(required = false) UUID toBeId, Model model) {
		Journey journey = journeys.journey(journeyId);
		List<Journey> all = journeys.all();
		Journey asIs = journey.toBeOf().flatMap(id -> all.stream().filter(j -> j.id().equals(id)).findFirst())
			.orElse(journey);
		List<Journey> toBes = all.stream().filter(j -> j.toBeOf().filter(asIs.id()::equals).isPresent()).toList();
		Journey toBe = journey.status() == JourneyStatus.TO_BE ? journey
				: toBeId == null ? toBes.stream().findFirst().orElse(null)
						: toBes.stream().filter(j -> j.id().equals(toBeId)).findFirst()
							.orElseThrow(() -> new RecordNotFound("journey", toBeId));
		model.addAttribute("journey", journey);
		model.addAttribute("asIs", asIs);
		model.addAttribute("toBe", toBe);
		model.addAttribute("toBes", toBes);
		if (toBe != null && asIs != toBe) {
			model.addAttribute("comparison", JourneyComparison.of(asIs, toBe));
		}
		return "journey/compare";
	}

	@GetMapping("/{journeyId}/idef0.svg")
	@Requires(Permission.VIEW_JOURNEYS)
	ResponseEntity<byte[]> idef0Svg(@PathVariable UUID journeyId, @RequestParam(required = false) UUID touchpointId,
			@RequestParam(required = false) UUID elementId,
			@RequestParam(defaultValue = Idef0Function.TOP) String node, Locale locale) {
		Idef0Function function = chosenNode(journeyId, touchpointId, elementId, node);
		return download(Idef0Diagram.svg(function, node, locale).getBytes(StandardCharsets.UTF_8), SVG,
				"idef0-" + node + ".svg");
	}

	@GetMapping("/{journeyId}/idef0.png")
	@Requires(Permission.VIEW_JOURNEYS)
	ResponseEntity<byte[]> idef0Png(@PathVariable UUID journeyId, @RequestParam(required = false) UUID touchpointId,
			@RequestParam(required = false) UUID elementId,
			@RequestParam(defaultValue = Idef0Function.TOP) String node, Locale locale) {
		Idef0Function function = chosenNode(journeyId, touchpointId, elementId, node);
		return download(Idef0Diagram.png(function, node, locale), MediaType.IMAGE_PNG, "idef0-" + node + ".png");
	}

	@GetMapping("/{journeyId}/map.svg")
	@Requires(Permission.VIEW_JOURNEYS)
	ResponseEntity<byte[]> mapSvg(@PathVariable UUID journeyId, Locale locale) {
		String svg = JourneyMapSvg.render(journeys.mapView(journeyId), locale);
		return download(svg.getBytes(StandardCharsets.UTF_8), SVG, fileName(journeyId, "svg"));
	}

	@GetMapping("/{journeyId}/map.png")
	@Requires(Permission.VIEW_JOURNEYS)
	ResponseEntity<byte[]> mapPng(@PathVariable UUID journeyId, Locale locale) {
		return download(JourneyMapSvg.png(journeys.mapView(journeyId), locale), MediaType.IMAGE_PNG,
				fileName(journeyId, "png"));
	}

	@GetMapping("/{journeyId}/map.pdf")
	@Requires(Permission.VIEW_JOURNEYS)
	ResponseEntity<byte[]> mapPdf(@PathVariable UUID journeyId, Locale locale) {
		return download(pdf.write(journeys.mapView(journeyId), locale), MediaType.APPLICATION_PDF,
				fileName(journeyId, "pdf"));
	}

	@GetMapping("/{journeyId}/import")
	@Requires(Permission.EDIT_JOURNEYS)
	String importForm(@PathVariable UUID journeyId, Model model) {
		model.addAttribute("journey", journeys.journey(journeyId));
		return "journey/import";
	}

	/** Adds the file's touchpoints to the map, all or nothing: any bad row is reported and nothing changes. */
	@PostMapping("/{journeyId}/import")
	@Requires(Permission.EDIT_JOURNEYS)
	String importMap(Member member, @PathVariable UUID journeyId, @RequestParam(name = "file", required = false) MultipartFile file,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Journey journey = journeys.journey(journeyId);
		// Checked after the journey, so another workspace's id answers 404 whatever is posted.
		JourneyImportFile.Result result = file == null || file.isEmpty()
				? JourneyImportFile.noFile(messages, locale)
				: JourneyImportFile.read(file.getOriginalFilename(), file.getBytes(), messages, locale);
		List<JourneyImportFile.Problem> problems = result.problems();
		if (problems.isEmpty()) {
			try {
				int added = journeys.importTouchpoints(journeyId, result.rows());
				redirect.addFlashAttribute("flash", "journey.analysis.import.done");
				redirect.addFlashAttribute("flashArgs", List.of(added));
				return "redirect:/w/" + member.workspaceId() + "/journeys/" + journeyId;
			}
			catch (BusinessRuleViolation e) {
				problems = List.of(new JourneyImportFile.Problem(0, "",
						messages.getMessage(e.messageKey(), e.arguments(), locale)));
			}
		}
		response.setStatus(422);
		model.addAttribute("journey", journey);
		model.addAttribute("problems", problems);
		return "journey/import";
	}

	@GetMapping("/{journeyId}/map.xlsx")
	@Requires(Permission.VIEW_JOURNEYS)
	ResponseEntity<byte[]> mapXlsx(@PathVariable UUID journeyId, Locale locale) {
		Journey journey = journeys.journey(journeyId);
		byte[] xlsx = JourneyWorkbook.write(journey, messages, locale);
		return download(xlsx, XLSX, fileName(journeyId, "xlsx"));
	}

	private String fileName(UUID journeyId, String extension) {
		// Keeps letters (Cyrillic too) and digits; the header carries it RFC 5987-encoded.
		String title = journeys.journey(journeyId).title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return (title.isEmpty() ? "journey" : title) + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private Idef0Function chosenNode(UUID journeyId, UUID touchpointId, UUID elementId, String node) {
		Journey journey = journeys.journey(journeyId);
		Owner owner = owner(journey, touchpointId, elementId)
			.orElseThrow(() -> new RecordNotFound("idef0", journeyId));
		return function(journeyId, owner.id()).find(node).orElseThrow(() -> new RecordNotFound("idef0", owner.id()));
	}

	private Idef0Function function(UUID journeyId, UUID ownerId) {
		return journeys.idef0(journeyId, ownerId).orElseThrow(() -> new RecordNotFound("idef0", ownerId)).function();
	}

	/** The touchpoint or element named in the query, checked to be of this journey (else 404). */
	private static Optional<Owner> owner(Journey journey, UUID touchpointId, UUID elementId) {
		if (touchpointId != null) {
			return Optional.of(new Owner("touchpointId", touchpointId, journey.touchpoint(touchpointId).name()));
		}
		if (elementId != null) {
			return Optional.of(new Owner("elementId", elementId, journey.element(elementId).name()));
		}
		return Optional.empty();
	}

	/** What an IDEF0 model belongs to: the query parameter naming it, its id and name. */
	record Owner(String param, UUID id, String name) {
	}

	/** One IDEF0 model in the list: its owner (touchpoint or element) and the top function's name. */
	record ModelRow(String param, UUID ownerId, String ownerName, String functionName) {
	}

	/** One journey in the list with the counts a consultant looks at first. */
	record JourneyRow(Journey journey, String status, int days, int touchpoints, long openPains, UUID asIsId,
			List<UUID> toBeIds) {

		static JourneyRow of(Journey journey, List<Journey> all) {
			return new JourneyRow(journey, journey.status().name(), journey.expectedDuration().days(),
					journey.touchpoints().size(),
					journey.pains().stream().filter(p -> p.status() == PainStatus.OPEN).count(),
					journey.toBeOf().orElse(null),
					all.stream().filter(j -> j.toBeOf().filter(journey.id()::equals).isPresent()).map(Journey::id).toList());
		}

		public boolean asIs() {
			return journey.status() == JourneyStatus.AS_IS;
		}
	}
}
