package org.serviceplan.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.web.UserLocale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a login: the user's own language comes back with them; after a failure the login page says
 * why, including how long a locked account must wait.
 */
class LoginOutcome extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final JpaAccounts accounts;
	private final LoginAttempts attempts;
	private final UserLocale locales;
	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	LoginOutcome(JpaAccounts accounts, LoginAttempts attempts, UserLocale locales) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			locales.setLocale(request, response, accounts.get(user.accountId()).locale());
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email");
		FlashMap map = new FlashMap();
		map.setTargetRequestPath(request.getContextPath() + "/login");
		map.put("email", email);
		attempts.remainingLock(email).ifPresentOrElse(wait -> {
			long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
			map.put("loginError", seconds < 60 ? "login.lockedSeconds" : "login.lockedMinutes");
			map.put("loginErrorArgs", List.of(seconds < 60 ? seconds : (seconds + 59) / 60));
		}, () -> map.put("loginError", "login.badCredentials"));
		flash.saveOutputFlashMap(map, request, response);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}
}
