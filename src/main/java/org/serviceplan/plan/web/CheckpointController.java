package org.serviceplan.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.PlanControl;
import org.serviceplan.plan.internal.PlanControl.CheckpointView;
import org.serviceplan.plan.internal.PlanInWrongState;
import org.serviceplan.plan.internal.ReportAttachment;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A checkpoint: every task's report or its absence, the form on which a responsible person files or revises
 * theirs (with files), closing by the lead, and the files for download.
 */
@Controller
@RequestMapping("/w/{ws}/plans/{planId}")
class CheckpointController {

	static final String CHECKPOINT = "plan/checkpoint";

	private final PlanControl control;

	CheckpointController(PlanControl control) {
		this.control = control;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/checkpoints/{checkpointId}")
	@Requires(Permission.VIEW_PLANS)
	String show(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			@RequestParam(name = "task", required = false) UUID taskId, Locale locale, Model model) {
		CheckpointView view = control.checkpoint(planId, checkpointId, control.today(member));
		var selected = taskId == null ? firstToReport(member, view) : view.row(taskId);
		if (!model.containsAttribute("form") && selected != null && view.mayReport(member, selected.task())) {
			model.addAttribute("form", ReportForm.of(selected));
		}
		model.addAttribute("view", view);
		model.addAttribute("selected", selected);
		model.addAttribute("amounts", new Amounts(view.plan().currency(), locale));
		return CHECKPOINT;
	}

	@PostMapping("/checkpoints/{checkpointId}/reports")
	@Requires(Permission.REPORT_PROGRESS)
	String file(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			@ModelAttribute("form") ReportForm form, BindingResult binding,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, Locale locale,
			Model model, RedirectAttributes redirect) {
		// The page is read first: an unknown plan or checkpoint is a 404, not a form error.
		control.checkpoint(planId, checkpointId, control.today(member));
		if (form.taskId() == null) {
			binding.rejectValue("taskId", "validation.required");
		}
		if (!binding.hasErrors()) {
			try {
				control.fileReport(member, planId, checkpointId, form.taskId(), form.details(), form.version(),
						uploads(files));
				redirect.addFlashAttribute("flash", "plan.report.saved");
				return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + "/checkpoints/" + checkpointId;
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
			catch (StaleRecord e) {
				FormErrors.reject(binding, e);
			}
			catch (PlanInWrongState e) {
				binding.reject("plan.report.planNotRunning");
			}
		}
		return show(member, planId, checkpointId, form.taskId(), locale, model);
	}

	@PostMapping("/checkpoints/{checkpointId}/close")
	@Requires(Permission.REPORT_PROGRESS)
	String close(Member member, @PathVariable UUID planId, @PathVariable UUID checkpointId,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		control.checkpoint(planId, checkpointId, control.today(member));
		try {
			control.closeCheckpoint(member, planId, checkpointId, comment);
			redirect.addFlashAttribute("flash", "plan.checkpoint.closed");
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
		}
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId + "/checkpoints/" + checkpointId;
	}

	@GetMapping("/attachments/{attachmentId}")
	@Requires(Permission.VIEW_PLANS)
	ResponseEntity<byte[]> download(@PathVariable UUID planId, @PathVariable UUID attachmentId) {
		var file = control.attachment(planId, attachmentId);
		MediaType type;
		try {
			type = MediaType.parseMediaType(file.contentType());
		}
		catch (IllegalArgumentException e) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		// Always a download, never shown inline: a file from a user must not run as a page of the app.
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/attachments/{attachmentId}/delete")
	@Requires(Permission.REPORT_PROGRESS)
	String removeAttachment(Member member, @PathVariable UUID planId, @PathVariable UUID attachmentId,
			@RequestParam(required = false) UUID checkpointId, RedirectAttributes redirect) {
		try {
			String name = control.removeAttachment(member, planId, attachmentId);
			redirect.addFlashAttribute("flash", "plan.attachment.removed");
			redirect.addFlashAttribute("flashArgs", List.of(name));
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
		}
		catch (PlanInWrongState e) {
			redirect.addFlashAttribute("flashError", "plan.report.planNotRunning");
		}
		return "redirect:/w/" + member.workspaceId() + "/plans/" + planId
				+ (checkpointId == null ? "/control" : "/checkpoints/" + checkpointId);
	}

	private static PlanControl.ReportRow firstToReport(Member member, CheckpointView view) {
		return view.rows().stream()
			.filter(r -> view.mayReport(member, r.task()) && member.personId().equals(r.task().responsibleId()))
			.filter(r -> r.report() == null)
			.findFirst()
			.orElse(null);
	}

	private static List<ReportAttachment.Upload> uploads(List<MultipartFile> files) {
		List<ReportAttachment.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new ReportAttachment.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}

	/** The report form; {@code version} is the report's when revising, empty for a first report. */
	record ReportForm(UUID taskId, Integer progress, String result, String deviation, String nextSteps,
			BigDecimal spent, Long version) {

		static ReportForm of(PlanControl.ReportRow row) {
			CheckpointReport r = row.report();
			return r == null ? new ReportForm(row.task().id(), null, null, null, null, null, null)
					: new ReportForm(row.task().id(), r.progress(), r.result(), r.deviation(), r.nextSteps(), r.spent(),
							r.version());
		}

		CheckpointReport.ReportDetails details() {
			return new CheckpointReport.ReportDetails(progress, result, deviation, nextSteps, spent);
		}
	}
}
