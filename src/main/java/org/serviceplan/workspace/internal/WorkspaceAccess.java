package org.serviceplan.workspace.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one place where workspace routes are guarded. For every handler with {@code {ws}} in its path:
 * a caller who is not a member gets 404 (the workspace might as well not exist), a member without the
 * handler's {@link Requires} permission gets 403, and everything after runs inside that workspace, so
 * Hibernate scopes every query to it.
 */
@Component
class WorkspaceAccess implements HandlerInterceptor, HandlerMethodArgumentResolver {

	static final String WORKSPACE_VARIABLE = "ws";
	private static final String MEMBER = Member.class.getName();

	private final Workspaces workspaces;

	WorkspaceAccess(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String ws = variables == null ? null : variables.get(WORKSPACE_VARIABLE);
		if (ws == null) {
			return true;
		}
		Requires requires = method.getMethodAnnotation(Requires.class);
		if (requires == null) {
			throw new IllegalStateException(method + " serves a workspace route without @Requires");
		}
		Member member = currentUser()
			.flatMap(user -> parse(ws).flatMap(id -> workspaces.membership(user.accountId(), id)))
			.orElseThrow(() -> new RecordNotFound("workspace", ws));
		if (!member.can(requires.value())) {
			throw new AccessDeniedException("role " + member.role() + " lacks " + requires.value());
		}
		request.setAttribute(MEMBER, member);
		TenantContext.enter(member.workspaceId());
		return true;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Member.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Object member = webRequest.getAttribute(MEMBER, NativeWebRequest.SCOPE_REQUEST);
		if (member == null) {
			throw new IllegalStateException(parameter.getMethod() + " asks for a Member outside a workspace route");
		}
		return member;
	}

	static Optional<Member> current(HttpServletRequest request) {
		return Optional.ofNullable((Member) request.getAttribute(MEMBER));
	}

	private static Optional<CurrentUser> currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				? Optional.of(user) : Optional.empty();
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
