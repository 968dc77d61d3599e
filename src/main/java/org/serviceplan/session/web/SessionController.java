package org.serviceplan.session.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.journey.JourneyLookup;
import org.serviceplan.session.NewSession;
import org.serviceplan.session.SessionParticipant;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.session.internal.SessionConflict;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.shared.web.QrCode;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's side of a session: the list, the create form, the session page (agenda, participants, the
 * guests' code and QR code, the buttons that move the session on), the facilitator's edits of ideas and the
 * projector view. Every step is post-redirect-get with a flash message; who may run a session is the facade's rule
 * (its facilitator and the owner), so a member without it gets 403 from there.
 */
@Controller
@RequestMapping("/w/{ws}/sessions")
class SessionController {

	static final String LIST = "session/list";
	static final String NEW = "session/new";
	static final String SESSION = "session/session";
	static final String PROJECTOR = "session/projector";

	private final StrategicSessions sessions;
	private final JourneyLookup journeys;
	private final Workspaces workspaces;
	private final BoardViews views;
	private final MessageSource messages;
	private final String baseUrl;

	SessionController(StrategicSessions sessions, JourneyLookup journeys, Workspaces workspaces, BoardViews views,
			MessageSource messages, @Value("${serviceplan.base-url:}") String baseUrl) {
		this.messages = messages;
		this.sessions = sessions;
		this.journeys = journeys;
		this.workspaces = workspaces;
		this.views = views;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Requires(Permission.VIEW_SESSIONS)
	String list(Member member, Model model) {
		model.addAttribute("sessions", sessions.all());
		model.addAttribute("canRun", member.can(Permission.RUN_SESSIONS));
		return LIST;
	}

	@GetMapping("/new")
	@Requires(Permission.RUN_SESSIONS)
	String newSession(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SessionForm.defaults());
		}
		model.addAttribute("journeys", journeys.journeys());
		return NEW;
	}

	@PostMapping
	@Requires(Permission.RUN_SESSIONS)
	String create(Member member, @ModelAttribute("form") SessionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			VotingBudget budget = form.budget();
			StrategicSession session = sessions.create(member, new NewSession(form.title(),
					form.journeyIds() == null ? List.of() : form.journeyIds(), budget, Boolean.TRUE.equals(form.anonymous()), null, null));
			redirect.addFlashAttribute("flash", "sessionui.flash.created");
			return "redirect:" + Seat.memberUrl(member.workspaceId(), session.id());
		}
		catch (BusinessRuleViolation e) {
			besideItsField(binding, e);
		}
		model.addAttribute("journeys", journeys.journeys());
		return NEW;
	}

	@GetMapping("/{sessionId}")
	@Requires(Permission.VIEW_SESSIONS)
	String session(Member member, @PathVariable UUID sessionId, Model model) {
		StrategicSession session = sessions.session(sessionId);
		List<SessionParticipant> participants = sessions.participants(sessionId);
		Set<UUID> taking = participants.stream().map(SessionParticipant::personId).collect(Collectors.toSet());
		model.addAttribute("s", BoardViews.header(session));
		model.addAttribute("participants", participants);
		model.addAttribute("invitable", workspaces.people().stream().filter(p -> !taking.contains(p.id())).toList());
		model.addAttribute("canRun", session.isRunBy(member));
		model.addAttribute("agendaText", String.join("\n", session.agenda()));
		joinLinks(session, model);
		return SESSION;
	}

	/** The QR code of the join link as an image of its own, to print or put on a slide. */
	@GetMapping(path = "/{sessionId}/qr.svg", produces = "image/svg+xml")
	@Requires(Permission.VIEW_SESSIONS)
	ResponseEntity<String> qr(@PathVariable UUID sessionId) {
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
			.body(QrCode.of(joinUrl(sessions.session(sessionId))).svg());
	}

	@PostMapping("/{sessionId}/stage")
	@Requires(Permission.VIEW_SESSIONS)
	String stage(Member member, @PathVariable UUID sessionId, @RequestParam(required = false) Integer stage,
			RedirectAttributes redirect) {
		sessions.session(sessionId);
		if (stage == null) {
			throw new BusinessRuleViolation("stage", "validation.required");
		}
		sessions.moveToStage(member, sessionId, stage);
		return back(member, sessionId, redirect, "sessionui.flash.stage");
	}

	/** The facilitator rewrites the agenda, one stage a line (seed 001's four stages are only the default). */
	@PostMapping("/{sessionId}/agenda")
	@Requires(Permission.VIEW_SESSIONS)
	String agenda(Member member, @PathVariable UUID sessionId, @RequestParam(defaultValue = "") String agenda,
			RedirectAttributes redirect) {
		sessions.session(sessionId);
		List<String> stages = agenda.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		sessions.changeAgenda(member, sessionId, stages);
		return back(member, sessionId, redirect, "sessionui.flash.agenda");
	}

	@PostMapping("/{sessionId}/lock")
	@Requires(Permission.VIEW_SESSIONS)
	String lock(Member member, @PathVariable UUID sessionId, RedirectAttributes redirect) {
		sessions.lockBrainstorming(member, sessionId);
		return back(member, sessionId, redirect, "sessionui.flash.locked");
	}

	@PostMapping("/{sessionId}/voting/open")
	@Requires(Permission.VIEW_SESSIONS)
	String openVoting(Member member, @PathVariable UUID sessionId, RedirectAttributes redirect) {
		sessions.openVoting(member, sessionId);
		return back(member, sessionId, redirect, "sessionui.flash.votingOpened");
	}

	@PostMapping("/{sessionId}/voting/close")
	@Requires(Permission.VIEW_SESSIONS)
	String closeVoting(Member member, @PathVariable UUID sessionId, RedirectAttributes redirect) {
		sessions.closeVoting(member, sessionId);
		return back(member, sessionId, redirect, "sessionui.flash.votingClosed");
	}

	@PostMapping("/{sessionId}/results/reveal")
	@Requires(Permission.VIEW_SESSIONS)
	String reveal(Member member, @PathVariable UUID sessionId, RedirectAttributes redirect) {
		sessions.revealResults(member, sessionId);
		return back(member, sessionId, redirect, "sessionui.flash.revealed");
	}

	@PostMapping("/{sessionId}/close")
	@Requires(Permission.VIEW_SESSIONS)
	String close(Member member, @PathVariable UUID sessionId, RedirectAttributes redirect) {
		sessions.close(member, sessionId);
		return back(member, sessionId, redirect, "sessionui.flash.closed");
	}

	@PostMapping("/{sessionId}/participants")
	@Requires(Permission.VIEW_SESSIONS)
	String invite(Member member, @PathVariable UUID sessionId, @RequestParam(required = false) UUID personId,
			RedirectAttributes redirect) {
		sessions.addMember(member, sessionId, personId);
		return back(member, sessionId, redirect, "sessionui.flash.invited");
	}

	/** A member who opened the board joins in themselves. */
	@PostMapping("/{sessionId}/take-part")
	@Requires(Permission.VIEW_SESSIONS)
	String takePart(Member member, @PathVariable UUID sessionId, RedirectAttributes redirect) {
		sessions.addMember(member, sessionId, member.personId());
		redirect.addFlashAttribute("flash", "sessionui.flash.joinedAsMember");
		return "redirect:" + Seat.memberUrl(member.workspaceId(), sessionId) + "/board";
	}

	@PostMapping("/{sessionId}/ideas/{ideaId}/edit")
	@Requires(Permission.VIEW_SESSIONS)
	String editIdea(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId,
			@RequestParam(required = false) String text,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		var idea = sessions.idea(sessionId, ideaId);
		sessions.editIdea(member, sessionId, ideaId, new IdeaText(text, idea.kind(), idea.touchpointId(), idea.painId()),
				version);
		return toBoard(member, sessionId, ideaId, redirect, "sessionui.flash.ideaSaved");
	}

	@PostMapping("/{sessionId}/ideas/{ideaId}/hide")
	@Requires(Permission.VIEW_SESSIONS)
	String hide(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId, RedirectAttributes redirect) {
		sessions.hideIdea(member, sessionId, ideaId, true);
		return toBoard(member, sessionId, ideaId, redirect, "sessionui.flash.ideaHidden");
	}

	@PostMapping("/{sessionId}/ideas/{ideaId}/show")
	@Requires(Permission.VIEW_SESSIONS)
	String show(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId, RedirectAttributes redirect) {
		sessions.hideIdea(member, sessionId, ideaId, false);
		return toBoard(member, sessionId, ideaId, redirect, "sessionui.flash.ideaShown");
	}

	/** Merges a duplicate into the idea the facilitator picked; votes and authors go over with it. */
	@PostMapping("/{sessionId}/ideas/{ideaId}/merge")
	@Requires(Permission.VIEW_SESSIONS)
	String merge(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId,
			@RequestParam(required = false) UUID targetId, RedirectAttributes redirect) {
		sessions.mergeIdeas(member, sessionId, ideaId, targetId);
		return toBoard(member, sessionId, targetId, redirect, "sessionui.flash.merged");
	}

	/** Big type for the wall: the join code and QR code, the stage, the latest ideas, the winners once revealed. */
	@GetMapping("/{sessionId}/projector")
	@Requires(Permission.VIEW_SESSIONS)
	String projector(Member member, @PathVariable UUID sessionId, Model model, Locale locale) {
		projectorModel(member, sessionId, model, locale);
		return PROJECTOR;
	}

	@GetMapping("/{sessionId}/projector/screen")
	@Requires(Permission.VIEW_SESSIONS)
	String projectorScreen(Member member, @PathVariable UUID sessionId, Model model, Locale locale) {
		projectorModel(member, sessionId, model, locale);
		return PROJECTOR + " :: screen";
	}

	private void projectorModel(Member member, UUID sessionId, Model model, Locale locale) {
		StrategicSession session = sessions.session(sessionId);
		model.addAttribute("s", BoardViews.header(session));
		model.addAttribute("base", Seat.memberUrl(member.workspaceId(), sessionId));
		model.addAttribute("screen", views.projector(session, ResultsController.titles(messages, locale)));
		joinLinks(session, model);
	}

	private void joinLinks(StrategicSession session, Model model) {
		String url = joinUrl(session);
		model.addAttribute("joinUrl", url);
		model.addAttribute("joinUrlShort", base().replaceFirst("^https?://", "") + "/join");
		model.addAttribute("qrSvg", session.isOpen() ? QrCode.of(url).svg() : "");
	}

	private String joinUrl(StrategicSession session) {
		return base() + "/join/" + session.joinCode();
	}

	private String base() {
		return baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
	}

	/** The form is a record, which {@link FormErrors} cannot ask for its fields; its fields are known here. */
	private static void besideItsField(BindingResult binding, BusinessRuleViolation e) {
		if (e.field() != null && SessionForm.FIELDS.contains(e.field())) {
			binding.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
		}
		else {
			FormErrors.reject(binding, e);
		}
	}

	private static String back(Member member, UUID sessionId, RedirectAttributes redirect, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + Seat.memberUrl(member.workspaceId(), sessionId);
	}

	/** A step the session's state refuses (voting already closed, a closed session) comes back as a message. */
	@ExceptionHandler({ SessionConflict.class, BusinessRuleViolation.class })
	String refused(RuntimeException e, HttpServletRequest request, RedirectAttributes redirect) {
		String key = e instanceof SessionConflict conflict ? conflict.messageKey()
				: ((BusinessRuleViolation) e).messageKey();
		Object[] arguments = e instanceof SessionConflict conflict ? conflict.arguments()
				: ((BusinessRuleViolation) e).arguments();
		redirect.addFlashAttribute("flashError", key);
		redirect.addFlashAttribute("flashErrorArgs", List.of(arguments));
		String path = request.getRequestURI();
		int session = path.indexOf("/sessions/") + "/sessions/".length();
		return "redirect:" + (path.length() >= session + 36 ? path.substring(0, session + 36) : path);
	}

	private static String toBoard(Member member, UUID sessionId, UUID ideaId, RedirectAttributes redirect,
			String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + Seat.memberUrl(member.workspaceId(), sessionId) + "/board#idea-" + ideaId;
	}

	/** The create form; budgets default to a common workshop setting (5 + 5 points, at most 3 on one idea). */
	record SessionForm(String title, List<UUID> journeyIds, Integer quickWinBudget, Integer importantBudget,
			Integer maxPointsPerIdea, Boolean anonymous) {

		static final Set<String> FIELDS = Set.of("title", "journeyIds", "quickWinBudget", "importantBudget",
				"maxPointsPerIdea");

		static SessionForm defaults() {
			return new SessionForm(null, List.of(), 5, 5, 3, false);
		}

		VotingBudget budget() {
			required("quickWinBudget", quickWinBudget);
			required("importantBudget", importantBudget);
			required("maxPointsPerIdea", maxPointsPerIdea);
			return new VotingBudget(quickWinBudget, importantBudget, maxPointsPerIdea);
		}

		private static void required(String field, Integer value) {
			if (value == null) {
				throw new BusinessRuleViolation(field, "validation.required");
			}
		}
	}
}
