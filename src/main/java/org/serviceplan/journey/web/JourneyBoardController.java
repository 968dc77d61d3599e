package org.serviceplan.journey.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.IdeaKind;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.PainSource;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.journey.internal.TouchpointIcon;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journey map as a board for a workshop: stages as columns, zones and elements as frames, touchpoints as
 * cards, edited in place (each change posts, redirects back to the board, htmx swaps it).
 */
@Controller
@RequestMapping("/w/{ws}/journeys")
class JourneyBoardController {

	static final String BOARD = "journey/board";
	static final String NEW = "journey/new";
	static final String TOUCHPOINT = "journey/touchpoint";

	private final Journeys journeys;
	private final Workspaces workspaces;

	JourneyBoardController(Journeys journeys, Workspaces workspaces) {
		this.journeys = journeys;
		this.workspaces = workspaces;
	}

	@GetMapping("/new")
	@Requires(Permission.EDIT_JOURNEYS)
	String newJourney(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewJourneyForm(null, null, null));
		}
		return NEW;
	}

	/** The agreed create action: the journey list and the new-journey page both post title, segment, description. */
	@PostMapping
	@Requires(Permission.EDIT_JOURNEYS)
	String create(Member member, @ModelAttribute("form") NewJourneyForm form, BindingResult binding, Model model) {
		try {
			Journey journey = journeys.create(form.title(), form.description(), form.segment(),
					ExpectedDuration.ofDays(JourneyRestController.DEFAULT_DURATION_DAYS));
			return "redirect:" + boardUrl(member, journey.id());
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		return NEW;
	}

	@GetMapping("/{journeyId}")
	@Requires(Permission.VIEW_JOURNEYS)
	String board(Member member, @PathVariable UUID journeyId, Model model) {
		Journey journey = journeys.journey(journeyId);
		model.addAttribute("board", JourneyBoard.of(journey));
		model.addAttribute("counterpart", counterpart(journey));
		model.addAttribute("canEdit", member.can(Permission.EDIT_JOURNEYS));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("ws", member.workspaceId());
		return BOARD;
	}

	@PostMapping("/{journeyId}/stages")
	@Requires(Permission.EDIT_JOURNEYS)
	String addStage(Member member, @PathVariable UUID journeyId, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> journeys.addStage(journeyId, name).id());
	}

	@PostMapping("/{journeyId}/stages/{stageId}")
	@Requires(Permission.EDIT_JOURNEYS)
	String renameStage(Member member, @PathVariable UUID journeyId, @PathVariable UUID stageId,
			@RequestParam(required = false) String name, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect,
				() -> journeys.renameStage(journeyId, stageId, name, version).id());
	}

	@PostMapping("/{journeyId}/stages/{stageId}/delete")
	@Requires(Permission.EDIT_JOURNEYS)
	String removeStage(Member member, @PathVariable UUID journeyId, @PathVariable UUID stageId,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> {
			journeys.removeStage(journeyId, stageId);
			return null;
		});
	}

	@PostMapping("/{journeyId}/stages/{stageId}/zones")
	@Requires(Permission.EDIT_JOURNEYS)
	String addZone(Member member, @PathVariable UUID journeyId, @PathVariable UUID stageId,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> journeys.addZone(journeyId, stageId, name).id());
	}

	@PostMapping("/{journeyId}/zones/{zoneId}")
	@Requires(Permission.EDIT_JOURNEYS)
	String renameZone(Member member, @PathVariable UUID journeyId, @PathVariable UUID zoneId,
			@RequestParam(required = false) String name, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> journeys.renameZone(journeyId, zoneId, name, version).id());
	}

	@PostMapping("/{journeyId}/zones/{zoneId}/delete")
	@Requires(Permission.EDIT_JOURNEYS)
	String removeZone(Member member, @PathVariable UUID journeyId, @PathVariable UUID zoneId,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> {
			journeys.removeZone(journeyId, zoneId);
			return null;
		});
	}

	@PostMapping("/{journeyId}/zones/{zoneId}/elements")
	@Requires(Permission.EDIT_JOURNEYS)
	String addElement(Member member, @PathVariable UUID journeyId, @PathVariable UUID zoneId,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> journeys.addElement(journeyId, zoneId, name).id());
	}

	@PostMapping("/{journeyId}/elements/{elementId}")
	@Requires(Permission.EDIT_JOURNEYS)
	String renameElement(Member member, @PathVariable UUID journeyId, @PathVariable UUID elementId,
			@RequestParam(required = false) String name, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect,
				() -> journeys.renameElement(journeyId, elementId, name, version).id());
	}

	@PostMapping("/{journeyId}/elements/{elementId}/delete")
	@Requires(Permission.EDIT_JOURNEYS)
	String removeElement(Member member, @PathVariable UUID journeyId, @PathVariable UUID elementId,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> {
			journeys.removeElement(journeyId, elementId);
			return null;
		});
	}

	@PostMapping("/{journeyId}/touchpoints")
	@Requires(Permission.EDIT_JOURNEYS)
	String addTouchpoint(Member member, @PathVariable UUID journeyId, @ModelAttribute PlaceForm place,
			@RequestParam(required = false) String name, @RequestParam(required = false) Channel channel,
			RedirectAttributes redirect) {
		journeys.journey(journeyId);
		return attempt(member, journeyId, redirect, () -> journeys
			.addTouchpoint(journeyId, place.parent(), TouchpointDetails.named(name, channel)).id());
	}

	@GetMapping("/{journeyId}/touchpoints/{touchpointId}")
	@Requires(Permission.VIEW_JOURNEYS)
	String touchpoint(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId, Model model) {
		Journey journey = journeys.journey(journeyId);
		Touchpoint touchpoint = journey.touchpoint(touchpointId);
		model.addAttribute("journey", journey);
		model.addAttribute("touchpoint", touchpoint);
		model.addAttribute("pains", journey.painsOf(touchpointId));
		model.addAttribute("ideas", journey.ideasOf(touchpointId));
		model.addAttribute("canEdit", member.can(Permission.EDIT_JOURNEYS));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("icons", TouchpointIcon.keys());
		model.addAttribute("sources", PainSource.values());
		model.addAttribute("ideaKinds", IdeaKind.values());
		model.addAttribute("people", workspaces.people());
		model.addAttribute("departments", workspaces.departments());
		model.addAttribute("ws", member.workspaceId());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TouchpointForm.of(touchpoint));
		}
		return TOUCHPOINT;
	}

	@PostMapping("/{journeyId}/touchpoints/{touchpointId}")
	@Requires(Permission.EDIT_JOURNEYS)
	String describeTouchpoint(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@ModelAttribute("form") TouchpointForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				journeys.describeTouchpoint(journeyId, touchpointId, form.details(), form.version());
				redirect.addFlashAttribute("flash", "journey.board.saved");
				return "redirect:" + boardUrl(member, journeyId) + "#card-" + touchpointId;
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
			catch (StaleRecord e) {
				FormErrors.reject(binding, e);
			}
		}
		return touchpoint(member, journeyId, touchpointId, model);
	}

	@PostMapping("/{journeyId}/touchpoints/{touchpointId}/delete")
	@Requires(Permission.EDIT_JOURNEYS)
	String removeTouchpoint(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			RedirectAttributes redirect) {
		return attempt(member, journeyId, redirect, () -> {
			journeys.removeTouchpoint(journeyId, touchpointId);
			return null;
		});
	}

	/**
	 * Moves a card: either to a place and index (drag and drop) or one step in a direction (the keyboard buttons):
	 * left/right to the neighbouring stage, up/down within its place.
	 */
	@PostMapping("/{journeyId}/touchpoints/{touchpointId}/move")
	@Requires(Permission.EDIT_JOURNEYS)
	String moveTouchpoint(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@ModelAttribute PlaceForm place, @RequestParam(required = false) Integer index,
			@RequestParam(required = false) String direction, RedirectAttributes redirect) {
		// Another company's card is a missing page (404), before any question about where it should go.
		journeys.journey(journeyId).touchpoint(touchpointId);
		return attempt(member, journeyId, redirect, () -> {
			if (direction != null && !direction.isBlank()) {
				step(journeyId, touchpointId, direction);
			}
			else {
				journeys.moveTouchpoint(journeyId, touchpointId, place.parent(), index, null);
			}
			return touchpointId;
		});
	}

	@PostMapping("/{journeyId}/touchpoints/{touchpointId}/pains")
	@Requires(Permission.EDIT_JOURNEYS)
	String addPain(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestParam(required = false) String description, @RequestParam(required = false) Integer severity,
			@RequestParam(required = false) Integer frequency, @RequestParam(required = false) PainSource source,
			RedirectAttributes redirect) {
		return attemptOnTouchpoint(member, journeyId, touchpointId, redirect, () -> journeys.addPain(journeyId,
				touchpointId, new PainDetails(description, severity, frequency, source, null)));
	}

	@PostMapping("/{journeyId}/touchpoints/{touchpointId}/ideas")
	@Requires(Permission.EDIT_JOURNEYS)
	String addIdea(Member member, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
			@RequestParam(required = false) IdeaKind kind, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return attemptOnTouchpoint(member, journeyId, touchpointId, redirect,
				() -> journeys.addIdea(member, journeyId, touchpointId, kind, text));
	}

	@PostMapping("/{journeyId}/pains/{painId}/delete")
	@Requires(Permission.EDIT_JOURNEYS)
	String removePain(Member member, @PathVariable UUID journeyId, @PathVariable UUID painId,
			RedirectAttributes redirect) {
		UUID touchpointId = journeys.journey(journeyId).pain(painId).touchpointId();
		return attemptOnTouchpoint(member, journeyId, touchpointId, redirect, () -> {
			journeys.removePain(journeyId, painId);
			return null;
		});
	}

	@PostMapping("/{journeyId}/ideas/{ideaId}/delete")
	@Requires(Permission.EDIT_JOURNEYS)
	String removeIdea(Member member, @PathVariable UUID journeyId, @PathVariable UUID ideaId,
			RedirectAttributes redirect) {
		UUID touchpointId = journeys.journey(journeyId).idea(ideaId).touchpointId();
		return attemptOnTouchpoint(member, journeyId, touchpointId, redirect, () -> {
			journeys.removeIdea(journeyId, ideaId);
			return null;
		});
	}

	private void step(UUID journeyId, UUID touchpointId, String direction) {
		Journey journey = journeys.journey(journeyId);
		Touchpoint touchpoint = journey.touchpoint(touchpointId);
		switch (direction) {
			case "up", "down" -> {
				int index = touchpoint.position() + ("up".equals(direction) ? -1 : 1);
				int last = journey.touchpointsIn(touchpoint.parent()).size() - 1;
				journeys.moveTouchpoint(journeyId, touchpointId, touchpoint.parent(),
						Math.max(0, Math.min(last, index)), touchpoint.version());
			}
			case "left", "right" -> {
				List<UUID> stages = journey.stages().stream().map(s -> s.id()).toList();
				int at = stages.indexOf(journey.stageOf(touchpoint)) + ("left".equals(direction) ? -1 : 1);
				if (at >= 0 && at < stages.size()) {
					journeys.moveTouchpoint(journeyId, touchpointId, Parent.stage(stages.get(at)), null,
							touchpoint.version());
				}
			}
			default -> throw new BusinessRuleViolation("direction", "journey.board.direction");
		}
	}

	private String attempt(Member member, UUID journeyId, RedirectAttributes redirect, Supplier<UUID> change) {
		String anchor = "";
		try {
			UUID id = change.get();
			anchor = id == null ? "" : "#j-" + id;
		}
		catch (BusinessRuleViolation e) {
			refused(redirect, e);
		}
		catch (StaleRecord e) {
			redirect.addFlashAttribute("flashError", "validation.stale");
		}
		return "redirect:" + boardUrl(member, journeyId) + anchor;
	}

	private String attemptOnTouchpoint(Member member, UUID journeyId, UUID touchpointId, RedirectAttributes redirect,
			Supplier<Object> change) {
		try {
			change.get();
			redirect.addFlashAttribute("flash", "journey.board.saved");
		}
		catch (BusinessRuleViolation e) {
			refused(redirect, e);
		}
		catch (StaleRecord e) {
			redirect.addFlashAttribute("flashError", "validation.stale");
		}
		return "redirect:" + boardUrl(member, journeyId) + "/touchpoints/" + touchpointId;
	}

	// A refused inline change names its field and rule above the board, e.g. "Name: required".
	private static void refused(RedirectAttributes redirect, BusinessRuleViolation e) {
		redirect.addFlashAttribute("refusedField", e.field() == null ? "name" : e.field());
		redirect.addFlashAttribute("refusedRule", e.messageKey());
		redirect.addFlashAttribute("refusedArgs", e.arguments() == null ? List.of() : java.util.Arrays.asList(e.arguments()));
	}

	private UUID counterpart(Journey journey) {
		if (journey.toBeOf().isPresent()) {
			return journey.toBeOf().get();
		}
		return journeys.all()
			.stream()
			.filter(j -> j.toBeOf().filter(journey.id()::equals).isPresent())
			.map(Journey::id)
			.findFirst()
			.orElse(null);
	}

	private static String boardUrl(Member member, UUID journeyId) {
		return "/w/" + member.workspaceId() + "/journeys/" + journeyId;
	}

	record NewJourneyForm(String title, String segment, String description) {
	}

	/** Where a card goes: one of a stage, a zone or an element. */
	record PlaceForm(UUID stageId, UUID zoneId, UUID elementId) {

		Parent parent() {
			return new Parent(stageId, zoneId, elementId);
		}
	}

	record TouchpointForm(String name, String description, Channel channel, UUID departmentId, UUID responsibleId,
			String icon, Integer expectation, Integer quality, String tangibleEvidence, String notes, Long version) {

		static TouchpointForm of(Touchpoint t) {
			return new TouchpointForm(t.name(), t.description(), t.channel(), t.departmentId(), t.responsibleId(),
					t.icon(), t.expectation(), t.quality(), t.tangibleEvidence(), t.notes(), t.version());
		}

		TouchpointDetails details() {
			return new TouchpointDetails(name, description, channel, departmentId, responsibleId, icon, expectation,
					quality, tangibleEvidence, notes);
		}
	}
}
