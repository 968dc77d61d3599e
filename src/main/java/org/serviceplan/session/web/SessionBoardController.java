package org.serviceplan.session.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.session.internal.NotSessionRunner;
import org.serviceplan.session.internal.SessionConflict;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live board of a session, the same for members ({@code /w/{ws}/sessions/{sessionId}}) and guests
 * ({@code /guest/sessions/{sessionId}}): the page, the two parts that refetch themselves when the event stream
 * says so, the stream itself, adding an idea and setting one's points. htmx swaps the answers in; without
 * JavaScript every form still posts and comes back to the board.
 */
@Controller
class SessionBoardController {

	static final String MEMBER = "/w/{ws}/sessions/{sessionId}";
	static final String GUEST = "/guest/sessions/{sessionId}";
	static final String BOARD = "session/board";
	static final String PARTS = "session/board-parts";

	private final StrategicSessions sessions;
	private final BoardViews views;
	private final LiveBoards live;
	private final MessageSource messages;

	SessionBoardController(StrategicSessions sessions, BoardViews views, LiveBoards live, MessageSource messages) {
		this.sessions = sessions;
		this.views = views;
		this.live = live;
		this.messages = messages;
	}

	@GetMapping({ MEMBER + "/board", GUEST + "/board" })
	@Requires(Permission.VIEW_SESSIONS)
	String board(Seat seat, Model model) {
		model.addAttribute("board", views.board(seat));
		model.addAttribute("ideaForm", new IdeaForm(null, IdeaKind.PROBLEM, null));
		return BOARD;
	}

	@GetMapping({ MEMBER + "/board/lanes", GUEST + "/board/lanes" })
	@Requires(Permission.VIEW_SESSIONS)
	String lanes(Seat seat, Model model) {
		model.addAttribute("board", views.board(seat));
		return PARTS + " :: lanes";
	}

	@GetMapping({ MEMBER + "/board/state", GUEST + "/board/state" })
	@Requires(Permission.VIEW_SESSIONS)
	String state(Seat seat, Model model) {
		model.addAttribute("board", views.board(seat));
		return PARTS + " :: state";
	}

	/** What changed, as it happens; each browser then fetches what it may see ({@link LiveBoards}). */
	@GetMapping(path = { MEMBER + "/events", GUEST + "/events" }, produces = "text/event-stream")
	@Requires(Permission.VIEW_SESSIONS)
	SseEmitter events(Seat seat) {
		return live.watch(seat.sessionId());
	}

	@PostMapping({ MEMBER + "/ideas", GUEST + "/ideas" })
	@Requires(Permission.VIEW_SESSIONS)
	String addIdea(Seat seat, @ModelAttribute("ideaForm") IdeaForm form, BindingResult binding, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
		boolean added = false;
		try {
			if (!seat.takesPart()) {
				throw new NotSessionRunner("session.notParticipant");
			}
			sessions.addIdea(seat.sessionId(), seat.participantId(),
					new IdeaText(form.text(), form.kind() == null ? IdeaKind.PROBLEM : form.kind(), form.touchpointId(), null));
			added = true;
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		catch (SessionConflict | NotSessionRunner e) {
			binding.reject(messageKey(e));
		}
		if (htmx == null) {
			if (added) {
				redirect.addFlashAttribute("flash", "sessionui.idea.added");
			}
			else {
				redirect.addFlashAttribute("flashError", binding.getAllErrors().get(0).getCode());
			}
			return "redirect:" + seat.url() + "/board";
		}
		model.addAttribute("board", views.board(seat));
		model.addAttribute("ideaAdded", added);
		if (added) {
			model.addAttribute("ideaForm", new IdeaForm(null, form.kind(), form.touchpointId()));
		}
		return PARTS + " :: ideaForm";
	}

	/**
	 * Sets the participant's points on an idea in a nomination (the buttons send the new total, so a double click or
	 * a retry sends the same number and counts once). A refused vote comes back on the idea's card, in words.
	 */
	@PostMapping({ MEMBER + "/ideas/{ideaId}/votes", GUEST + "/ideas/{ideaId}/votes" })
	@Requires(Permission.VIEW_SESSIONS)
	String vote(Seat seat, @PathVariable UUID ideaId, @RequestParam Nomination nomination, @RequestParam int points,
			Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) String htmx,
			RedirectAttributes redirect) {
		sessions.idea(seat.sessionId(), ideaId);
		String error = null;
		try {
			if (!seat.takesPart()) {
				throw new NotSessionRunner("session.notParticipant");
			}
			sessions.vote(seat.sessionId(), ideaId, seat.participantId(), nomination, Math.max(0, points));
		}
		catch (BusinessRuleViolation e) {
			error = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
		}
		catch (SessionConflict e) {
			error = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
		}
		catch (NotSessionRunner e) {
			error = messages.getMessage(e.messageKey(), null, e.messageKey(), locale);
		}
		if (htmx == null) {
			if (error != null) {
				redirect.addFlashAttribute("flashError", "sessionui.vote.refused");
				redirect.addFlashAttribute("flashErrorArgs", List.of(error));
			}
			return "redirect:" + seat.url() + "/board#idea-" + ideaId;
		}
		BoardView board = views.board(seat);
		model.addAttribute("board", board);
		model.addAttribute("card", board.allIdeas().stream().filter(i -> i.id().equals(ideaId)).findFirst()
			.orElseThrow(() -> new RecordNotFound("idea", ideaId)));
		model.addAttribute("voteError", error);
		model.addAttribute("voteErrorIdea", ideaId);
		model.addAttribute("oob", true);
		return PARTS + " :: voted";
	}

	private static String messageKey(RuntimeException e) {
		return e instanceof SessionConflict conflict ? conflict.messageKey() : ((NotSessionRunner) e).messageKey();
	}

	/** A new idea: its text, what kind it is, and the touchpoint it is about (none: the general column). */
	record IdeaForm(String text, IdeaKind kind, UUID touchpointId) {
	}
}
