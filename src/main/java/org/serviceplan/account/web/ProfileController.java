package org.serviceplan.account.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.Accounts.AccountView;
import org.serviceplan.account.Accounts.IssuedToken;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.shared.web.UserLocale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in user's own account: name, interface language, password and API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

	static final String VIEW = "account/profile";
	private static final String BACK = "redirect:/profile";

	private final Accounts accounts;
	private final LocaleResolver locales;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	ProfileController(Accounts accounts, LocaleResolver locales,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.accounts = accounts;
		this.locales = locales;
		this.sessions = sessions;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountView account = accounts.get(user.accountId());
		model.addAttribute("account", account);
		model.addAttribute("languages", UserLocale.SUPPORTED);
		model.addAttribute("tokens", accounts.tokens(user.accountId()));
		// accounts belong to no company, so their dates follow the server's clock
		model.addAttribute("zone", ZoneId.systemDefault());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NameForm(account.name()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(null));
		}
		return VIEW;
	}

	@PostMapping
	String rename(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NameForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			accounts.rename(user.accountId(), form.name());
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return show(user, model);
		}
		keepLoggedInAs(user.renamed(accounts.get(user.accountId()).name()), request, response);
		redirect.addFlashAttribute("flash", "profile.saved");
		return BACK;
	}

	@PostMapping("/language")
	String speak(@AuthenticationPrincipal CurrentUser user, @RequestParam("language") String language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Locale locale = UserLocale.supported(language);
		accounts.speak(user.accountId(), locale);
		locales.setLocale(request, response, locale);
		redirect.addFlashAttribute("flash", "profile.language.saved");
		return BACK;
	}

	/** A new password ends every other session of the account: whoever knew the old one is out. */
	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			if (!Objects.equals(form.newPassword(), form.repeatPassword())) {
				throw new BusinessRuleViolation("repeatPassword", "password.mismatch");
			}
			accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return show(user, model);
		}
		HttpSession current = request.getSession(false);
		String currentId = current == null ? null : current.getId();
		sessions.findByPrincipalName(user.getUsername())
			.keySet()
			.stream()
			.filter(id -> !id.equals(currentId))
			.forEach(sessions::deleteById);
		if (current != null) {
			request.changeSessionId();
		}
		redirect.addFlashAttribute("flash", "profile.password.changed");
		return BACK;
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("tokenForm") TokenForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			IssuedToken issued = accounts.issueToken(user.accountId(), form.name());
			redirect.addFlashAttribute("createdToken", new CreatedToken(issued.name(), issued.token()));
			return BACK;
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return show(user, model);
		}
	}

	@PostMapping("/tokens/{id}/delete")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		accounts.revokeToken(user.accountId(), id);
		redirect.addFlashAttribute("flash", "profile.tokens.revoked");
		return BACK;
	}

	private void keepLoggedInAs(CurrentUser renamed, HttpServletRequest request, HttpServletResponse response) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renamed, null,
				previous == null ? List.of() : previous.getAuthorities()));
		SecurityContextHolder.setContext(context);
		securityContexts.saveContext(context, request, response);
	}

	record NameForm(String name) {
	}

	record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {
	}

	record TokenForm(String name) {
	}

	/** A token just issued, shown once through the flash (kept in the shared database session). */
	record CreatedToken(String name, String token) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;
	}
}
