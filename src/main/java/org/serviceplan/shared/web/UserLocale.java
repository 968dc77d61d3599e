package org.serviceplan.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the logged-in user's choice (kept in the shared session after login, and in
 * the account for the next login), a cookie for visitors, Russian otherwise. The API follows
 * {@code Accept-Language}.
 */
public class UserLocale implements LocaleResolver {

	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
	public static final List<Locale> SUPPORTED = List.of(RUSSIAN, Locale.ENGLISH);
	public static final String SESSION_ATTRIBUTE = UserLocale.class.getName() + ".locale";
	static final String COOKIE = "serviceplan-lang";

	public static Locale supported(String language) {
		return SUPPORTED.stream()
			.filter(l -> l.getLanguage().equalsIgnoreCase(language))
			.findFirst()
			.orElse(RUSSIAN);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return fromHeader(request);
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale locale) {
			return locale;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(cookie.getValue());
				}
			}
		}
		return RUSSIAN;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported(locale == null ? null : locale.getLanguage());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(SESSION_ATTRIBUTE, chosen);
		}
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static Locale fromHeader(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return RUSSIAN;
		}
		Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
		return best == null ? RUSSIAN : best;
	}
}
