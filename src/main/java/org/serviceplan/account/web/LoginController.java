package org.serviceplan.account.web;

import org.serviceplan.shared.Demo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "account/login";

	private final boolean demo;

	LoginController(@Value("${serviceplan.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (demo) {
			model.addAttribute("demoOwner", Demo.OWNER_EMAIL);
			model.addAttribute("demoPassword", Demo.PASSWORD);
		}
		return VIEW;
	}
}
