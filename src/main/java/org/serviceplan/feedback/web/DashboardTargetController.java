package org.serviceplan.feedback.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Targets such as "NPS ≥ 50 by 31.12", set and removed on the dashboard. */
@Controller
@RequestMapping("/w/{ws}/feedback/targets")
class DashboardTargetController {

	private final Targets targets;

	DashboardTargetController(Targets targets) {
		this.targets = targets;
	}

	@PostMapping
	@Requires(Permission.MANAGE_METRICS)
	String set(Member member, @RequestParam(required = false) String metric,
			@RequestParam(required = false) Comparison comparison, @RequestParam(required = false) BigDecimal value,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate,
			@RequestParam(required = false) UUID touchpointId, @RequestParam(required = false) String segment,
			RedirectAttributes redirect) {
		try {
			var target = targets.set(new TargetDetails(metric, comparison, value, dueDate, touchpointId, segment));
			redirect.addFlashAttribute("flash", "dashboard.target.set");
			return "redirect:/w/" + member.workspaceId() + "/feedback#target-" + target.id();
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
			return "redirect:/w/" + member.workspaceId() + "/feedback#targets";
		}
	}

	@PostMapping("/{targetId}/delete")
	@Requires(Permission.MANAGE_METRICS)
	String remove(Member member, @PathVariable UUID targetId, RedirectAttributes redirect) {
		targets.remove(targetId);
		redirect.addFlashAttribute("flash", "dashboard.target.removed");
		return "redirect:/w/" + member.workspaceId() + "/feedback#targets";
	}
}
