package org.serviceplan.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.account.web.ProfileController.CreatedToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ProfilePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	Accounts accounts;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void showsNameLanguagePasswordAndTokens() throws Exception {
		CurrentUser owner = companies.company("Клиника Профиль").owner();
		mvc.perform(get("/profile").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(view().name(ProfileController.VIEW))
			.andExpect(content().string(allOf(containsString(owner.email()), containsString("Язык интерфейса"),
					containsString("name=\"currentPassword\""), containsString("name=\"repeatPassword\""),
					containsString("Токенов пока нет."), containsString("<option value=\"ru\" selected=\"selected\""))));
	}

	@Test
	void renamesTheAccount() throws Exception {
		CurrentUser owner = companies.company("Клиника Новое Имя").owner();
		mvc.perform(post("/profile").with(user(owner)).with(csrf()).param("name", "  Пётр Новиков "))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "profile.saved"));
		assertThat(accounts.get(owner.accountId()).name()).isEqualTo("Пётр Новиков");
		mvc.perform(post("/profile").with(user(owner)).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "validation.required"))
			.andExpect(content().string(containsString("Поле обязательно для заполнения.")));
	}

	@Test
	void theLanguageIsKeptOnTheAccountAndAppliedToTheSessionAtOnce() throws Exception {
		CurrentUser owner = companies.company("Клиника Язык").owner();
		Cookie session = logIn(owner.email(), TestCompanies.PASSWORD);
		mvc.perform(post("/profile/language").cookie(session).with(csrf()).param("language", "en"))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(cookie().value("serviceplan-lang", "en"));
		assertThat(accounts.get(owner.accountId()).locale()).isEqualTo(Locale.ENGLISH);
		mvc.perform(get("/profile").cookie(session))
			.andExpect(content().string(allOf(containsString("Interface language changed."),
					containsString("Change password"), not(containsString("Смена пароля")))));
	}

	@Test
	void aWrongCurrentPasswordOrAMismatchChangesNothing() throws Exception {
		CurrentUser owner = companies.company("Клиника Неверный Пароль").owner();
		mvc.perform(post("/profile/password").with(user(owner)).with(csrf()).param("currentPassword", "угадал?")
				.param("newPassword", "совсем-новый-1").param("repeatPassword", "совсем-новый-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.wrongCurrent"))
			.andExpect(content().string(containsString("Текущий пароль введён неверно.")));
		mvc.perform(post("/profile/password").with(user(owner)).with(csrf())
				.param("currentPassword", TestCompanies.PASSWORD)
				.param("newPassword", "совсем-новый-1").param("repeatPassword", "совсем-новый-2"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "repeatPassword", "password.mismatch"));
		mvc.perform(post("/profile/password").with(user(owner)).with(csrf())
				.param("currentPassword", TestCompanies.PASSWORD).param("newPassword", "123").param("repeatPassword", "123"))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "password.tooShort"));
		assertThat(accounts.passwordMatches(owner.accountId(), TestCompanies.PASSWORD)).isTrue();
	}

	@Test
	void aNewPasswordLogsOutEveryOtherSession() throws Exception {
		String email = companies.company("Клиника Сеансы").owner().email();
		Cookie laptop = logIn(email, TestCompanies.PASSWORD);
		Cookie phone = logIn(email, TestCompanies.PASSWORD);
		mvc.perform(get("/profile").cookie(phone)).andExpect(status().isOk());
		assertThat(sessions.findByPrincipalName(email)).hasSize(2);

		MvcResult changed = mvc
			.perform(post("/profile/password").cookie(laptop).with(csrf())
				.param("currentPassword", TestCompanies.PASSWORD)
				.param("newPassword", "совсем-новый-1").param("repeatPassword", "совсем-новый-1"))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "profile.password.changed"))
			.andReturn();
		Cookie renewed = changed.getResponse().getCookie("SESSION");

		assertThat(renewed).isNotNull();
		assertThat(renewed.getValue()).isNotEqualTo(laptop.getValue());
		assertThat(sessions.findByPrincipalName(email)).hasSize(1);
		mvc.perform(get("/profile").cookie(phone)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/profile").cookie(laptop)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/profile").cookie(renewed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Все другие сеансы завершены.")));
		mvc.perform(formLogin("/login").userParameter("email").user(email).password("совсем-новый-1"))
			.andExpect(authenticated());
	}

	@Test
	void aTokenIsShownOnceAndCanBeRevoked() throws Exception {
		CurrentUser owner = companies.company("Клиника Токены").owner();
		MvcResult created = mvc.perform(post("/profile/tokens").with(user(owner)).with(csrf()).param("name", "CRM"))
			.andExpect(redirectedUrl("/profile"))
			.andReturn();
		var token = (CreatedToken) created.getFlashMap().get("createdToken");
		assertThat(token.token()).startsWith("sp_");
		Cookie session = created.getResponse().getCookie("SESSION");
		mvc.perform(get("/profile").with(user(owner)).cookie(session))
			.andExpect(content().string(allOf(containsString(token.token()), containsString("data-copy=\"new-token\""),
					containsString("Токен «CRM» создан."), containsString("не использовался"))));
		mvc.perform(get("/profile").with(user(owner)).cookie(session))
			.andExpect(content().string(allOf(containsString("CRM"), not(containsString(token.token())))));

		UUID id = accounts.tokens(owner.accountId()).get(0).id();
		mvc.perform(post("/profile/tokens/{id}/delete", id).with(user(owner)).with(csrf()))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("flash", "profile.tokens.revoked"));
		assertThat(accounts.tokens(owner.accountId())).isEmpty();
	}

	@Test
	void aTokenNeedsAName() throws Exception {
		CurrentUser owner = companies.company("Клиника Безымянный Токен").owner();
		mvc.perform(post("/profile/tokens").with(user(owner)).with(csrf()).param("name", "  "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("tokenForm", "name", "token.name.required"))
			.andExpect(content().string(containsString("Укажите название токена.")));
		assertThat(accounts.tokens(owner.accountId())).isEmpty();
	}

	@Test
	void anotherAccountsTokenIsNotFound() throws Exception {
		CurrentUser owner = companies.company("Клиника Свой Токен").owner();
		CurrentUser stranger = companies.company("Клиника Чужой Токен").owner();
		UUID theirs = accounts.issueToken(stranger.accountId(), "чужой").id();
		mvc.perform(post("/profile/tokens/{id}/delete", theirs).with(user(owner)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(accounts.tokens(stranger.accountId())).hasSize(1);
	}

	private Cookie logIn(String email, String password) throws Exception {
		MvcResult login = mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(authenticated())
			.andReturn();
		return login.getResponse().getCookie("SESSION");
	}
}
