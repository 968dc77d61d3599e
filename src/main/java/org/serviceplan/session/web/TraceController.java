package org.serviceplan.session.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.serviceplan.journey.JourneyLookup;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.PlanTaskIntake.OriginTask;
import org.serviceplan.plan.TaskOrigin;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The chain of the method, followed both ways: from a touchpoint or a pain of the map forward to the session ideas
 * about it and the plan tasks born from them, and from a task back to its idea, session, touchpoint and pain. The
 * journey board and the plan's task page link here by URL, so neither module needs to know sessions.
 */
@Controller
@RequestMapping("/w/{ws}/trace")
class TraceController {

	static final String TRACE = "session/trace";

	private final StrategicSessions sessions;
	private final JourneyLookup journeys;
	private final PlanTaskIntake intake;

	TraceController(StrategicSessions sessions, JourneyLookup journeys, PlanTaskIntake intake) {
		this.sessions = sessions;
		this.journeys = journeys;
		this.intake = intake;
	}

	@GetMapping("/touchpoints/{touchpointId}")
	@Requires(Permission.VIEW_JOURNEYS)
	String touchpoint(Member member, @PathVariable UUID touchpointId, Model model) {
		var touchpoint = journeys.touchpoint(touchpointId).orElseThrow(() -> new RecordNotFound("touchpoint", touchpointId));
		model.addAttribute("trace", new Trace("TOUCHPOINT", touchpoint.name(), null,
				ideas(member, sessions.ideasAboutTouchpoint(touchpointId))));
		return TRACE;
	}

	@GetMapping("/pains/{painId}")
	@Requires(Permission.VIEW_JOURNEYS)
	String pain(Member member, @PathVariable UUID painId, Model model) {
		var pain = journeys.pain(painId).orElseThrow(() -> new RecordNotFound("pain", painId));
		model.addAttribute("trace", new Trace("PAIN", pain.description(), null,
				ideas(member, sessions.ideasAboutPain(painId))));
		return TRACE;
	}

	@GetMapping("/tasks/{taskId}")
	@Requires(Permission.VIEW_PLANS)
	String task(Member member, @PathVariable UUID taskId, Model model) {
		TaskOrigin origin = intake.originOf(taskId).orElseThrow(() -> new RecordNotFound("task origin", taskId));
		OriginTask task = intake.tasksFromIdea(origin.ideaId()).stream().filter(t -> t.taskId().equals(taskId))
			.findFirst().orElseThrow(() -> new RecordNotFound("task", taskId));
		String ws = "/w/" + member.workspaceId();
		List<Link> chain = new ArrayList<>();
		chain.add(new Link("TASK", task.taskTitle(), ws + "/plans/" + task.planId() + "/tasks/" + taskId));
		var idea = sessions.findIdea(origin.ideaId());
		idea.ifPresent(i -> chain.add(new Link("IDEA", i.text(),
				Seat.memberUrl(member.workspaceId(), origin.sessionId()) + "/board#idea-" + i.id())));
		sessions.findSession(origin.sessionId()).ifPresent(s -> chain.add(new Link("SESSION", s.title(),
				Seat.memberUrl(member.workspaceId(), s.id()) + "/results")));
		if (origin.touchpointId() != null) {
			journeys.touchpoint(origin.touchpointId()).ifPresent(t -> chain.add(new Link("TOUCHPOINT", t.name(),
					ws + "/trace/touchpoints/" + t.id())));
		}
		if (origin.painId() != null) {
			journeys.pain(origin.painId()).ifPresent(p -> chain.add(new Link("PAIN", p.description(),
					ws + "/trace/pains/" + p.id())));
		}
		model.addAttribute("trace", new Trace("TASK", task.taskTitle(), chain, List.of()));
		return TRACE;
	}

	private List<TracedIdea> ideas(Member member, List<SessionIdea> ideas) {
		String ws = "/w/" + member.workspaceId();
		return ideas.stream().map(idea -> {
			var session = sessions.session(idea.sessionId());
			List<Link> tasks = intake.tasksFromIdea(idea.id()).stream()
				.map(t -> new Link("TASK", t.planTitle() + ": " + t.taskTitle(),
						ws + "/plans/" + t.planId() + "/tasks/" + t.taskId()))
				.toList();
			return new TracedIdea(idea.text(), idea.kind().name(), session.title(),
					Seat.memberUrl(member.workspaceId(), session.id()) + "/board#idea-" + idea.id(), tasks);
		}).toList();
	}

	/** A trace page: what it starts from, and either the chain back (a task) or the ideas forward (map records). */
	record Trace(String kind, String name, List<Link> origin, List<TracedIdea> ideas) {
	}

	record Link(String kind, String label, String url) {
	}

	record TracedIdea(String text, String kind, String sessionTitle, String sessionUrl, List<Link> tasks) {
	}
}
