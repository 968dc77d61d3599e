package org.serviceplan.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.web.servlet.MockMvc;

/**
 * A guest joins with the code and a name, no account, and gets a login that opens this one session's board only,
 * for as long as the session is open.
 */
@IntegrationTest
class GuestAccessTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	Journeys journeys;

	StrategicSession openSession(Company company, String title) {
		return SessionFixture.open(company, journeys, sessions, title, new VotingBudget(5, 5, 3)).session();
	}

	/** Joins as a guest; the answer's session cookie is the guest's browser from then on. */
	Cookie join(String code, String name) throws Exception {
		return mvc.perform(post("/join").with(csrf()).param("code", code).param("name", name))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
	}

	@Test
	void guestJoinsWithTheCodeAndSeesTheBoardUnderTheirName() throws Exception {
		var company = companies.company("Клиника Гости");
		var session = openSession(company, "Сессия с гостями");
		Cookie browser = mvc.perform(post("/join").with(csrf())
			.param("code", session.joinCode().toLowerCase())
			.param("name", "Пациентка Вера"))
			.andExpect(redirectedUrl("/guest/sessions/" + session.id() + "/board"))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/guest/sessions/{id}/board", session.id()).cookie(browser))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Сессия с гостями")))
			.andExpect(content().string(Matchers.containsString("Вы: Пациентка Вера")));
	}

	@Test
	void guestCannotReachAnyOtherPageOfTheCompany() throws Exception {
		var company = companies.company("Клиника Гость Заперт");
		var session = openSession(company, "Сессия");
		var other = openSession(company, "Другая сессия");
		Cookie guest = join(session.joinCode(), "Гость");
		for (String path : List.of("/w/" + company.id(), "/w/" + company.id() + "/sessions",
				"/w/" + company.id() + "/sessions/" + session.id() + "/board",
				"/w/" + company.id() + "/sessions/" + session.id() + "/results", "/w/" + company.id() + "/plans",
				"/w/" + company.id() + "/journeys", "/workspaces", "/profile")) {
			mvc.perform(get(path).cookie(guest)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/guest/sessions/{id}/board", other.id()).cookie(guest)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/workspaces").cookie(guest)).andExpect(status().isUnauthorized());
	}

	@Test
	void closingTheSessionEndsTheGuestsAccessWithAFriendlyPage() throws Exception {
		var company = companies.company("Клиника Гость Закрыто");
		var session = openSession(company, "Закроется");
		Cookie guest = join(session.joinCode(), "Гость");
		TenantContext.inWorkspace(company.id(), () -> sessions.close(company.ownerMember(), session.id()));
		mvc.perform(get("/guest/sessions/{id}/board", session.id()).cookie(guest))
			.andExpect(status().isGone())
			.andExpect(forwardedUrl("/join/closed"));
		mvc.perform(get("/join/closed").cookie(guest))
			.andExpect(status().isGone())
			.andExpect(content().string(Matchers.containsString("Сессия закрыта")));
		mvc.perform(get("/guest/sessions/{id}/board", session.id()).cookie(guest)).andExpect(status().isNotFound());
		mvc.perform(get("/join/{code}", session.joinCode())).andExpect(status().isNotFound());
		mvc.perform(post("/join").with(csrf()).param("code", session.joinCode()).param("name", "Опоздавший"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Сессии с таким кодом нет")));
	}

	@Test
	void aWrongCodeGetsAFriendlyPage() throws Exception {
		mvc.perform(get("/join/{code}", "ZZZZZZ"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("Сессия не найдена")));
		mvc.perform(post("/join").with(csrf()).param("code", "ZZZZZZ").param("name", "Гость"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Сессии с таким кодом нет")));
	}

	@Test
	void theJoinPageAndTheGuestsFormsKeepCsrf() throws Exception {
		var company = companies.company("Клиника Гость CSRF");
		var session = openSession(company, "Сессия");
		mvc.perform(post("/join").param("code", session.joinCode()).param("name", "Гость"))
			.andExpect(status().isForbidden());
		Cookie guest = join(session.joinCode(), "Гость");
		mvc.perform(post("/guest/sessions/{id}/ideas", session.id()).cookie(guest).param("text", "Без токена")
			.param("kind", "PROBLEM")).andExpect(status().isForbidden());
		assertThat(TenantContext.inWorkspace(company.id(), () -> sessions.ideas(session.id()))).isEmpty();
	}

	@Test
	void aMemberWithoutAGuestPassGetsNotFoundOnGuestRoutes() throws Exception {
		var company = companies.company("Клиника Не Гость");
		var session = openSession(company, "Сессия");
		mvc.perform(get("/guest/sessions/{id}/board", session.id())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(company.owner())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/guest/sessions/{id}/board", UUID.randomUUID())).andExpect(status().isNotFound());
	}
}
