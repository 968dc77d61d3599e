package org.serviceplan.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.account.CurrentUser;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <personal access token>} on the API. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final JpaAccounts accounts;
	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(JpaAccounts accounts, AuthenticationEntryPoint entryPoint) {
		this.accounts = accounts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		var user = accounts.authenticateToken(header.substring(PREFIX.length()).strip())
			.filter(CurrentUser::isAccountNonLocked);
		if (user.isEmpty()) {
			entryPoint.commence(request, response, new BadCredentialsException("unknown token"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(user.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/** Marks a request authenticated by a token, as opposed to a password. */
	static final class TokenAuthentication extends UsernamePasswordAuthenticationToken {

		TokenAuthentication(CurrentUser user) {
			super(user, null, user.getAuthorities());
		}
	}
}
