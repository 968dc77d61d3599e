package org.serviceplan.workspace.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.WorkspaceSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout shows on every page: who is logged in, the workspace and the switcher. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Workspaces workspaces;

	LayoutAdvice(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@ModelAttribute
	void layout(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		// @RestController is a @Controller too; JSON answers have no layout to fill.
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		model.addAttribute("currentUser", user);
		Object member = request.getAttribute(Member.class.getName());
		if (member != null) {
			model.addAttribute("member", member);
			List<WorkspaceSummary> mine = user == null ? List.of() : workspaces.of(user.accountId());
			model.addAttribute("myWorkspaces", mine);
		}
	}
}
