package org.serviceplan.calendar.web;


import org.serviceplan.calendar.internal.CalendarFeeds;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The member's own calendar link: issue (or issue anew) and revoke. The link is shown once, when issued. */
@Controller
@RequestMapping("/w/{ws}/calendar")
class CalendarController {

	private final CalendarFeeds feeds;
	private final String baseUrl;

	CalendarController(CalendarFeeds feeds, @Value("${serviceplan.base-url:}") String baseUrl) {
		this.feeds = feeds;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Requires(Permission.VIEW_WORKSPACE)
	String page(Member member, Model model) {
		model.addAttribute("feed", feeds.of(member.personId()).orElse(null));
		return "calendar/feed";
	}

	@PostMapping("/issue")
	@Requires(Permission.VIEW_WORKSPACE)
	String issue(Member member, RedirectAttributes redirect) {
		String token = feeds.issue(member);
		redirect.addFlashAttribute("calendarUrl", base() + "/calendar/" + token + ".ics");
		redirect.addFlashAttribute("flash", "calendar.issued");
		return "redirect:/w/" + member.workspaceId() + "/calendar";
	}

	@PostMapping("/revoke")
	@Requires(Permission.VIEW_WORKSPACE)
	String revoke(Member member, RedirectAttributes redirect) {
		feeds.revoke(member.personId());
		redirect.addFlashAttribute("flash", "calendar.revoked");
		return "redirect:/w/" + member.workspaceId() + "/calendar";
	}

	/** The configured public address; without one, the address this request came to. */
	private String base() {
		String base = baseUrl == null || baseUrl.isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : baseUrl;
		return base.replaceAll("/+$", "");
	}
}
