package org.serviceplan.session.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.internal.Participant;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives board handlers their {@link Seat}: a guest's comes from {@link GuestAccess}, a member's is looked up here
 * (their participant in the session, if any, and whether they run it). Also puts the guest guard on the guest
 * routes.
 */
@Configuration(proxyBeanMethods = false)
class Seats implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final StrategicSessions sessions;
	private final GuestAccess guests;

	Seats(StrategicSessions sessions, GuestAccess guests) {
		this.sessions = sessions;
		this.guests = guests;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(guests).addPathPatterns("/guest/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Seat.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest web,
			WebDataBinderFactory binders) {
		Object guest = web.getAttribute(GuestAccess.SEAT, NativeWebRequest.SCOPE_REQUEST);
		if (guest != null) {
			return guest;
		}
		Member member = (Member) web.getAttribute(Member.class.getName(), NativeWebRequest.SCOPE_REQUEST);
		if (member == null) {
			throw new IllegalStateException(parameter.getMethod() + " asks for a Seat outside a session route");
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) web.getNativeRequest(HttpServletRequest.class)
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		UUID sessionId;
		try {
			sessionId = UUID.fromString(variables.get("sessionId"));
		}
		catch (IllegalArgumentException e) {
			throw new RecordNotFound("session", variables.get("sessionId"));
		}
		return of(member, sessions.session(sessionId));
	}

	Seat of(Member member, StrategicSession session) {
		UUID participant = sessions.participantOf(session.id(), member.personId()).map(Participant::id).orElse(null);
		return new Seat(member.workspaceId(), session.id(), participant, member.personId(), member.name(),
				session.isRunBy(member), Seat.memberUrl(member.workspaceId(), session.id()));
	}
}
