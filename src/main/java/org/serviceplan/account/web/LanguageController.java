package org.serviceplan.account.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.web.UserLocale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the interface language; a logged-in user keeps the choice on their account. */
@Controller
class LanguageController {

	private final Accounts accounts;
	private final LocaleResolver locales;

	LanguageController(Accounts accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@PostMapping("/language")
	String switchLanguage(@RequestParam("lang") String language, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = UserLocale.supported(language);
		locales.setLocale(request, response, locale);
		if (user != null) {
			accounts.speak(user.accountId(), locale);
		}
		return "redirect:" + sameSitePath(referer, request);
	}

	/** Back to the page the switch was pressed on, never to another site. */
	private static String sameSitePath(String referer, HttpServletRequest request) {
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return "/";
			}
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			if (!path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException e) {
			return "/";
		}
	}
}
