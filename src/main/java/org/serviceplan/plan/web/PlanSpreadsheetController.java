package org.serviceplan.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.serviceplan.plan.internal.PlanInWrongState;
import org.serviceplan.plan.internal.PlanSpreadsheets;
import org.serviceplan.plan.internal.PlanSpreadsheets.ImportReport;
import org.serviceplan.plan.internal.PlanSpreadsheets.RowError;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
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

/** The plan's tasks and budget as an Excel workbook, and tasks uploaded from XLSX or CSV. */
@Controller
@RequestMapping("/w/{ws}/plans/{planId}")
class PlanSpreadsheetController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	private static final String ERRORS = "plan.import.errors.";

	private final ServicePlans plans;
	private final PlanSpreadsheets spreadsheets;
	private final Clock clock;

	PlanSpreadsheetController(ServicePlans plans, PlanSpreadsheets spreadsheets, Clock clock) {
		this.plans = plans;
		this.spreadsheets = spreadsheets;
		this.clock = clock;
	}

	@GetMapping("/export.xlsx")
	@Requires(Permission.VIEW_PLANS)
	ResponseEntity<byte[]> export(Member member, @PathVariable UUID planId, Locale locale) {
		ServicePlan plan = plans.plan(planId);
		byte[] workbook = spreadsheets.export(planId, locale, LocalDate.now(clock.withZone(member.timezone())));
		return download(workbook, XLSX, plan.title() + ".xlsx");
	}

	/** Success goes back to the editor; refused rows are shown (and kept for the CSV report) on a page of their own. */
	@PostMapping("/import")
	@Requires(Permission.EDIT_PLANS)
	String importTasks(Member member, @PathVariable UUID planId,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, HttpSession session,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ServicePlan plan = plans.plan(planId);
		String editor = "redirect:/w/" + member.workspaceId() + "/plans/" + planId;
		ImportReport report;
		try {
			report = file != null && file.getSize() > PlanSpreadsheets.MAX_BYTES ? spreadsheets.tooLarge(locale)
					: spreadsheets.importTasks(member, planId, file == null ? new byte[0] : file.getBytes(), locale);
		}
		catch (PlanInWrongState e) {
			redirect.addFlashAttribute("flashError", "plan.wrongState");
			redirect.addFlashAttribute("flashErrorArgs", List.of(PlanController.statusName(e.status())));
			return editor;
		}
		if (!report.failed()) {
			redirect.addFlashAttribute("flash", "plan.import.done");
			redirect.addFlashAttribute("flashArgs", List.of(report.imported()));
			return editor;
		}
		session.setAttribute(ERRORS + planId, report.errors());
		response.setStatus(422);
		model.addAttribute("plan", plan);
		model.addAttribute("errors", report.errors());
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		return "plan/import-result";
	}

	@GetMapping("/import/errors.csv")
	@Requires(Permission.EDIT_PLANS)
	ResponseEntity<byte[]> errors(@PathVariable UUID planId, Locale locale, HttpSession session) {
		ServicePlan plan = plans.plan(planId);
		@SuppressWarnings("unchecked")
		List<RowError> errors = (List<RowError>) session.getAttribute(ERRORS + planId);
		return download(spreadsheets.errorReport(errors == null ? List.of() : errors, locale),
				new MediaType("text", "csv", StandardCharsets.UTF_8), plan.title() + ".errors.csv");
	}

	static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(safe, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
