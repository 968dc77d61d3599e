package org.serviceplan.workspace.web;

import java.util.Locale;
import java.util.Objects;

import org.serviceplan.account.PasswordPolicy;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.internal.Staffing;
import org.serviceplan.workspace.internal.Staffing.InvitationPreview;
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

/**
 * The public page behind an invitation link: a newcomer chooses a name and password, someone who already
 * has an account (a consultant serving several companies) confirms with the password they have.
 */
@Controller
@RequestMapping("/invitations/{code}")
class InvitationController {

	static final String VIEW = "workspace/invitation";

	private final Staffing staffing;

	InvitationController(Staffing staffing) {
		this.staffing = staffing;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String show(@PathVariable String code, Model model) {
		InvitationPreview preview = staffing.preview(code);
		model.addAttribute("invitation", preview);
		model.addAttribute("code", code);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new JoinForm(preview.personName(), null, null));
		}
		return VIEW;
	}

	@PostMapping
	String accept(@PathVariable String code, @ModelAttribute("form") JoinForm form, BindingResult binding,
			Locale locale, Model model) {
		InvitationPreview preview = staffing.preview(code);
		try {
			if (!preview.hasAccount()) {
				PasswordPolicy.check("password", form.password());
				if (!Objects.equals(form.password(), form.repeat())) {
					throw new BusinessRuleViolation("repeat", "password.mismatch");
				}
			}
			staffing.accept(code, form.password(), form.name(), locale);
			return "redirect:/login?joined";
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		return show(code, model);
	}

	record JoinForm(String name, String password, String repeat) {
	}
}
