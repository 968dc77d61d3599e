package org.serviceplan.session.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.account.GuestAuthentication;
import org.serviceplan.session.GuestPass;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The door for guests: the short code from the projector (typed, or in the QR code's link) and a display name, no
 * account. Joining stores a {@link GuestAuthentication} in the HTTP session — a login that opens only this session's
 * board ({@link GuestAccess}) and nothing else of the company.
 */
@Controller
class JoinController {

	static final String JOIN = "session/join";
	static final String REFUSED = "session/join-refused";
	static final String CLOSED_PATH = "/join/closed";

	private final StrategicSessions sessions;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	JoinController(StrategicSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/join")
	String join(Model model) {
		model.addAttribute("form", new JoinForm(null, null));
		return JOIN;
	}

	/** Where the QR code leads: the code is filled in, the guest only types a name. An unknown code is 404. */
	@GetMapping("/join/{code}")
	String joinWithCode(@PathVariable String code, Model model, HttpServletResponse response) {
		if (!sessions.acceptsGuests(code)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("reason", "UNKNOWN");
			return REFUSED;
		}
		model.addAttribute("form", new JoinForm(code, null));
		return JOIN;
	}

	/** Where a guest lands whose session the facilitator closed ({@link GuestAccess} forwards here). */
	@RequestMapping(CLOSED_PATH)
	@ResponseStatus(HttpStatus.GONE)
	String closed(Model model) {
		model.addAttribute("reason", "CLOSED");
		return REFUSED;
	}

	@PostMapping("/join")
	String enter(@ModelAttribute("form") JoinForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response) {
		if (form.name() == null || form.name().isBlank()) {
			binding.rejectValue("name", "sessionui.join.name.required");
		}
		if (binding.hasErrors()) {
			return JOIN;
		}
		GuestPass pass;
		try {
			pass = sessions.joinAsGuest(form.code(), form.name().strip());
		}
		catch (RecordNotFound unknown) {
			binding.rejectValue("code", "sessionui.join.code.unknown");
			return JOIN;
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return JOIN;
		}
		// a new session id for the new identity (no fixation), and the guest login kept in it
		request.getSession();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new GuestAuthentication(pass.workspaceId(), pass.sessionId(), pass.participantId(),
				pass.displayName(), pass.token()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return "redirect:" + Seat.guestUrl(pass.sessionId()) + "/board";
	}

	record JoinForm(String code, String name) {
	}
}
