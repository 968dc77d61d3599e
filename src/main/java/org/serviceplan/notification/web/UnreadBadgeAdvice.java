package org.serviceplan.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.workspace.Member;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sidebar's unread badge on every workspace page: one count query for the member's own inbox. */
@ControllerAdvice(annotations = Controller.class)
class UnreadBadgeAdvice {

	private final Inbox inbox;

	UnreadBadgeAdvice(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute
	void unreadNotifications(HttpServletRequest request, Model model) {
		// @RestController is a @Controller too; JSON answers have no sidebar.
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return;
		}
		if (request.getAttribute(Member.class.getName()) instanceof Member member) {
			model.addAttribute("unreadNotifications", inbox.unreadCount(member.personId()));
		}
	}
}
