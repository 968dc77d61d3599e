package org.serviceplan.plan.web;

import org.serviceplan.plan.internal.PlanControl;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every employee's own page: open tasks across running plans, reports owed, what was done lately. */
@Controller
class MyTasksController {

	static final String MY_TASKS = "plan/my-tasks";

	private final PlanControl control;

	MyTasksController(PlanControl control) {
		this.control = control;
	}

	@GetMapping("/w/{ws}/my-tasks")
	@Requires(Permission.VIEW_PLANS)
	String myTasks(Member member, Model model) {
		var today = control.today(member);
		model.addAttribute("tasks", control.myTasks(member, today));
		model.addAttribute("today", today);
		return MY_TASKS;
	}
}
