package org.serviceplan.notification.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.notification.NotificationKind;
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.notification.internal.Notification;
import org.serviceplan.notification.internal.NotificationTexts;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's own inbox: newest first, unread highlighted; opening one marks it read. */
@Controller
@RequestMapping("/w/{ws}/inbox")
class InboxController {

	static final String INBOX = "notification/inbox";

	private final Inbox inbox;
	private final NotificationTexts texts;

	InboxController(Inbox inbox, NotificationTexts texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	@GetMapping
	@Requires(Permission.VIEW_WORKSPACE)
	String list(Member member, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean unread, Locale locale, Model model) {
		Page<Notification> found = inbox.of(member.personId(), unread, page, Inbox.PAGE_SIZE);
		model.addAttribute("notifications", found.map(n -> texts.view(n, locale)));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("preferences", inbox.preferences(member.personId()));
		return INBOX;
	}

	/** Marks the notification read and goes where it points. */
	@PostMapping("/{notificationId}/read")
	@Requires(Permission.VIEW_WORKSPACE)
	String read(Member member, @PathVariable UUID notificationId) {
		return "redirect:" + inbox.read(member.personId(), notificationId).link();
	}

	@PostMapping("/read-all")
	@Requires(Permission.VIEW_WORKSPACE)
	String readAll(Member member, RedirectAttributes redirect) {
		int count = inbox.readAll(member.personId());
		redirect.addFlashAttribute("flash", "notification.inbox.allRead");
		redirect.addFlashAttribute("flashArgs", List.of(count));
		return "redirect:/w/" + member.workspaceId() + "/inbox";
	}

	/** One checkbox pair per kind: {@code email_<KIND>} and {@code digest_<KIND>}. */
	@PostMapping("/preferences")
	@Requires(Permission.VIEW_WORKSPACE)
	String preferences(Member member, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		for (NotificationKind kind : NotificationKind.values()) {
			inbox.choose(member.personId(), kind, form.containsKey("email_" + kind.name()),
					"DIGEST".equals(form.get("delivery_" + kind.name())));
		}
		redirect.addFlashAttribute("flash", "notification.preferences.saved");
		return "redirect:/w/" + member.workspaceId() + "/inbox";
	}
}
