package org.serviceplan.session.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.account.GuestAuthentication;
import org.serviceplan.session.GuestPass;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The guard of the guest routes ({@code /guest/sessions/{sessionId}/...}), which the security chain leaves open
 * for this purpose: the caller must hold a guest pass for exactly that session, and the pass's token must still
 * open it — so the moment the facilitator closes the session (or removes the guest) the pass stops working.
 * Anyone else gets 404, as for another company's record; a guest whose session closed gets a page saying so
 * (410), and loses the pass. Everything after runs inside the session's workspace, like a member's request.
 */
@Component
class GuestAccess implements HandlerInterceptor {

	static final String SEAT = Seat.class.getName();

	private final StrategicSessions sessions;

	GuestAccess(StrategicSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletException, IOException {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String sessionId = variables == null ? null : variables.get("sessionId");
		GuestAuthentication guest = currentGuest()
			.filter(g -> g.scopeId().toString().equals(sessionId))
			.orElseThrow(() -> new RecordNotFound("session", sessionId));
		Optional<GuestPass> open = sessions.guestByToken(guest.token());
		if (open.isEmpty()) {
			// the pass is dropped, the HTTP session kept: the friendly page still needs it for its CSRF token
			SecurityContextHolder.clearContext();
			request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			response.setStatus(HttpServletResponse.SC_GONE);
			request.getRequestDispatcher(JoinController.CLOSED_PATH).forward(request, response);
			return false;
		}
		GuestPass pass = open.get();
		TenantContext.enter(pass.workspaceId());
		request.setAttribute(SEAT, new Seat(pass.workspaceId(), pass.sessionId(), pass.participantId(), null,
				pass.displayName(), false, Seat.guestUrl(pass.sessionId())));
		return true;
	}

	static Optional<GuestAuthentication> currentGuest() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof GuestAuthentication guest
				? Optional.of(guest) : Optional.empty();
	}
}
