package org.serviceplan.plan.web;

import java.util.Locale;
import java.util.UUID;

import org.serviceplan.plan.internal.PlanControl;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan's control page: progress, timeline, budget, checkpoints, overdue tasks and missed reports. */
@Controller
class PlanControlController {

	static final String CONTROL = "plan/control";

	private final PlanControl control;

	PlanControlController(PlanControl control) {
		this.control = control;
	}

	@GetMapping("/w/{ws}/plans/{planId}/control")
	@Requires(Permission.VIEW_PLANS)
	String control(Member member, @PathVariable UUID planId, Locale locale, Model model) {
		var today = control.today(member);
		var view = control.control(planId, today);
		model.addAttribute("view", view);
		model.addAttribute("today", today);
		model.addAttribute("amounts", new Amounts(view.plan().currency(), locale));
		return CONTROL;
	}
}
