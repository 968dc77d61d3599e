package org.serviceplan.session.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.PlanTaskIntake.Intake;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.internal.SessionConflict;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The result of a session: the ranking per nomination with its tie rule in words, the quick-wins vs impact chart,
 * the protocol downloads, and — for the facilitator — turning the chosen ideas into tasks of a service plan.
 * Participants see it once the facilitator revealed the results (until then the page says so).
 */
@Controller
@RequestMapping("/w/{ws}/sessions/{sessionId}")
class ResultsController {

	static final String RESULTS = "session/results";

	private final StrategicSessions sessions;
	private final BoardViews views;
	private final PlanTaskIntake intake;
	private final MessageSource messages;

	ResultsController(StrategicSessions sessions, BoardViews views, PlanTaskIntake intake, MessageSource messages) {
		this.sessions = sessions;
		this.views = views;
		this.intake = intake;
		this.messages = messages;
	}

	@GetMapping("/results")
	@Requires(Permission.VIEW_SESSIONS)
	String results(Member member, @PathVariable UUID sessionId, Model model, Locale locale) {
		StrategicSession session = sessions.session(sessionId);
		boolean canRun = session.isRunBy(member);
		model.addAttribute("s", BoardViews.header(session));
		model.addAttribute("results", views.results(session, session.showsResultsTo(member), titles(messages, locale)));
		model.addAttribute("canRun", canRun);
		model.addAttribute("plans", canRun ? intake.plansTakingTasks() : List.of());
		return RESULTS;
	}

	/** Creates the ticked ideas as tasks (quick wins first) and comes back listing them with links. */
	@PostMapping("/to-plan")
	@Requires(Permission.VIEW_SESSIONS)
	String toPlan(Member member, @PathVariable UUID sessionId, @RequestParam(required = false) UUID planId,
			@RequestParam(required = false) List<UUID> ideaIds, RedirectAttributes redirect, Locale locale) {
		try {
			Intake intake = sessions.toPlan(member, sessionId, planId, ideaIds == null ? List.of() : ideaIds);
			redirect.addFlashAttribute("createdTasks", intake.created().stream()
				.map(t -> new CreatedTask(t.taskTitle(),
						"/w/" + member.workspaceId() + "/plans/" + t.planId() + "/tasks/" + t.taskId()))
				.toList());
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("toPlanError", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		catch (SessionConflict e) {
			redirect.addFlashAttribute("toPlanError", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:" + Seat.memberUrl(member.workspaceId(), sessionId) + "/results#to-plan";
	}

	static BoardViews.ChartTitles titles(MessageSource messages, Locale locale) {
		return new BoardViews.ChartTitles(messages.getMessage("sessionui.nomination.QUICK_WIN", null, locale),
				messages.getMessage("sessionui.nomination.IMPORTANT", null, locale),
				messages.getMessage("sessionui.results.chart.caption", null, locale));
	}

	/** Kept in the flash (so in the stored session) across the redirect. */
	record CreatedTask(String title, String url) implements java.io.Serializable {
	}
}
