package org.serviceplan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class AccountSecurityTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	TestCompanies companies;

	String newAccount() {
		String email = "login-" + UUID.randomUUID() + "@test.serviceplan";
		accounts.register(email, "Мария", TestCompanies.PASSWORD, Locale.forLanguageTag("ru"));
		return email;
	}

	MvcResult logIn(String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").userParameter("email").user(email).password(password)).andReturn();
	}

	String loginPageAfter(MvcResult failed) throws Exception {
		Cookie session = failed.getResponse().getCookie("SESSION");
		assertThat(session).as("the failure message travels in the shared session").isNotNull();
		return mvc.perform(get("/login").param("error", "").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void saysWrongEmailOrPasswordWithoutTellingWhich() throws Exception {
		String page = loginPageAfter(logIn("nobody-" + UUID.randomUUID() + "@test.serviceplan", "whatever1"));
		assertThat(page).contains("Неверная эл. почта или пароль.");
	}

	@Test
	void slowsDownAfterRepeatedWrongPasswordsAndSaysForHowLong() throws Exception {
		String email = newAccount();
		logIn(email, "wrong-password-1");
		logIn(email, "wrong-password-2");
		String page = loginPageAfter(logIn(email, "wrong-password-3"));
		assertThat(page).contains("Вход временно заблокирован: попробуйте через 15 с.");
	}

	@Test
	void refusesEvenTheRightPasswordWhileSlowedDownAndDoesNotCountThoseAttempts() throws Exception {
		String email = newAccount();
		for (int i = 0; i < 5; i++) {
			logIn(email, "wrong-password-" + i);
		}
		MvcResult result = logIn(email, TestCompanies.PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(loginPageAfter(result)).contains("Вход временно заблокирован");
	}

	@Test
	void rightPasswordClearsEarlierMistakes() throws Exception {
		String email = newAccount();
		logIn(email, "wrong-password-1");
		logIn(email, "wrong-password-2");
		assertThat(logIn(email, TestCompanies.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		logIn(email, "wrong-password-3");
		assertThat(logIn(email, TestCompanies.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void remembersTheChosenLanguageForTheUserAtTheNextLogin() throws Exception {
		var company = companies.company("Языковая школа");
		mvc.perform(post("/language").param("lang", "en").header("Referer", "http://localhost/w/" + company.id())
			.with(user(company.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id()));
		assertThat(accounts.get(company.owner().accountId()).locale()).isEqualTo(Locale.ENGLISH);

		MvcResult login = logIn(company.owner().email(), TestCompanies.PASSWORD);
		Cookie session = login.getResponse().getCookie("SESSION");
		String home = mvc.perform(get("/w/{ws}", company.id()).cookie(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("Welcome").doesNotContain("Добро пожаловать");
	}

	@Test
	void languageSwitchNeverRedirectsToAnotherSite() throws Exception {
		mvc.perform(post("/language").param("lang", "en").header("Referer", "https://evil.example/phish").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		var company = companies.company("Без токена");
		mvc.perform(post("/w/{ws}/departments", company.id()).param("name", "Ресепшн").with(user(company.owner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void errorPagesExplainWithoutStackTraces() throws Exception {
		var company = companies.company("Ошибки");
		String page = mvc.perform(get("/w/{ws}", UUID.randomUUID()).with(user(company.owner())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Exception").doesNotContain("at org.");
	}
}
