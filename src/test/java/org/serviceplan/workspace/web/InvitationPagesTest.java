package org.serviceplan.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.Accounts;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InvitationPagesTest {

	private static final Locale RU = Locale.forLanguageTag("ru");
	private static final String PASSWORD = "новый-пароль-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	Staffing staffing;

	@Autowired
	Accounts accounts;

	@Autowired
	Workspaces workspaces;

	@Test
	void aNewcomerChoosesANameAndPasswordAndLogsIn() throws Exception {
		var company = companies.company("Клиника Новичок");
		String email = "new-" + UUID.randomUUID() + "@example.test";
		String code = invite(company, "Зоя Новикова", email, Role.EMPLOYEE).code();

		mvc.perform(get("/invitations/{code}", code))
			.andExpect(status().isOk())
			.andExpect(view().name(InvitationController.VIEW))
			.andExpect(content().string(allOf(containsString("Клиника Новичок"), containsString("Зоя Новикова"),
					containsString(email), containsString("name=\"repeat\""), containsString("Придумайте пароль"))));
		mvc.perform(post("/invitations/{code}", code).with(csrf())
				.param("name", "Зоя Петровна Новикова").param("password", PASSWORD).param("repeat", PASSWORD))
			.andExpect(redirectedUrl("/login?joined"));

		assertThat(accounts.findByEmail(email)).get().extracting(Accounts.AccountView::name)
			.isEqualTo("Зоя Петровна Новикова");
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(authenticated().withUsername(email));
	}

	@Test
	void aConsultantWithAnAccountJoinsAnotherCompanyWithTheirPassword() throws Exception {
		var first = companies.company("Клиника Первая");
		var consultant = first.join(Role.FACILITATOR);
		var second = companies.company("Клиника Вторая");
		String code = invite(second, "Консультант", consultant.email(), Role.FACILITATOR).code();

		mvc.perform(get("/invitations/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("У вас уже есть учётная запись"),
					not(containsString("name=\"repeat\"")), not(containsString("name=\"name\"")))));
		mvc.perform(post("/invitations/{code}", code).with(csrf()).param("password", "не-тот-пароль"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "invitation.wrongPassword"))
			.andExpect(content().string(containsString("Неверный пароль вашей учётной записи.")));
		mvc.perform(post("/invitations/{code}", code).with(csrf()).param("password", TestCompanies.PASSWORD))
			.andExpect(redirectedUrl("/login?joined"));

		assertThat(workspaces.membership(consultant.accountId(), second.id())).get()
			.extracting(m -> m.role())
			.isEqualTo(Role.FACILITATOR);
		assertThat(workspaces.of(consultant.accountId())).hasSize(2);
	}

	@Test
	void passwordRulesAndAMismatchAreShownNextToTheFields() throws Exception {
		var company = companies.company("Клиника Пароли");
		String code = invite(company, "Ира", "ira-" + UUID.randomUUID() + "@example.test", Role.EMPLOYEE).code();
		mvc.perform(post("/invitations/{code}", code).with(csrf())
				.param("name", "Ира").param("password", "кор").param("repeat", "кор"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"))
			.andExpect(content().string(allOf(containsString("Пароль должен быть не короче 8 символов."),
					containsString("value=\"Ира\""))));
		mvc.perform(post("/invitations/{code}", code).with(csrf())
				.param("name", "Ира").param("password", PASSWORD).param("repeat", PASSWORD + "!"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "repeat", "password.mismatch"))
			.andExpect(content().string(containsString("Пароли не совпадают.")));
		mvc.perform(post("/invitations/{code}", code).with(csrf()).cookie(new Cookie("serviceplan-lang", "en"))
				.param("name", "Ира").param("password", PASSWORD).param("repeat", "другой"))
			.andExpect(content().string(containsString("The passwords do not match.")));
		mvc.perform(get("/invitations/{code}", code)).andExpect(status().isOk());
	}

	@Test
	void aUsedLinkIsGoneAndAnUnknownOneIsNotFound() throws Exception {
		var company = companies.company("Клиника Одноразовая");
		String code = invite(company, "Юля", "julia-" + UUID.randomUUID() + "@example.test", Role.AUDITOR).code();
		mvc.perform(post("/invitations/{code}", code).with(csrf())
				.param("name", "Юля").param("password", PASSWORD).param("repeat", PASSWORD))
			.andExpect(redirectedUrl("/login?joined"));

		mvc.perform(get("/invitations/{code}", code)).andExpect(status().isGone());
		mvc.perform(post("/invitations/{code}", code).with(csrf())
				.param("name", "Юля").param("password", PASSWORD).param("repeat", PASSWORD))
			.andExpect(status().isGone());
		mvc.perform(get("/invitations/{code}", "no-such-code")).andExpect(status().isNotFound());
	}

	private Staffing.Invited invite(Company company, String name, String email, Role role) {
		var owner = company.ownerMember();
		return TenantContext.inWorkspace(company.id(),
				() -> staffing.invite(owner, new PersonDetails(name, email, role, null, null), RU));
	}
}
