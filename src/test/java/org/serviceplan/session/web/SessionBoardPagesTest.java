package org.serviceplan.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The board as the facilitator and a participant see it: ideas added through the form, the live stream that tells
 * every browser to refetch, points set and taken back with refusals in words, tallies hidden from participants
 * until the reveal, and the facilitator's merge and hide.
 */
@IntegrationTest
class SessionBoardPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	Journeys journeys;

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	StrategicSession session(Company company) {
		return SessionFixture.open(company, journeys, sessions, "Сессия клиники", new VotingBudget(3, 3, 2)).session();
	}

	String page(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	String base(Company company, StrategicSession session) {
		return "/w/" + company.id() + "/sessions/" + session.id();
	}

	@Test
	void anIdeaAddedByOneParticipantReachesTheOthersStreamAndBoard() throws Exception {
		var company = companies.company("Клиника Живая Доска");
		var session = session(company);
		CurrentUser employee = company.join(Role.EMPLOYEE);
		mvc.perform(post(base(company, session) + "/take-part").with(user(employee)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MvcResult stream = mvc.perform(get(base(company, session) + "/events").with(user(company.owner())))
			.andExpect(request().asyncStarted())
			.andReturn();
		String form = mvc.perform(post(base(company, session) + "/ideas").with(user(employee)).with(csrf())
			.header("HX-Request", "true")
			.param("text", "Здороваться с каждым пациентом по имени")
			.param("kind", "IDEAL")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Идея добавлена");
		assertThat(waitForStream(stream, "event:ideas")).contains("event:ideas");
		assertThat(page(base(company, session) + "/board/lanes", company.owner()))
			.contains("Здороваться с каждым пациентом по имени");
	}

	@Test
	void refusesABlankIdeaBesideTheField() throws Exception {
		var company = companies.company("Клиника Пустая Идея");
		var session = session(company);
		mvc.perform(post(base(company, session) + "/take-part").with(user(company.owner())).with(csrf()));
		String form = mvc.perform(post(base(company, session) + "/ideas").with(user(company.owner())).with(csrf())
			.header("HX-Request", "true")
			.param("text", " ")
			.param("kind", "PROBLEM")).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("field-error");
		assertThat(in(company, () -> sessions.ideas(session.id()))).isEmpty();
	}

	@Test
	void votesShowPointsLeftAndRefusalsInRussianWhileTalliesStayHiddenUntilTheReveal() throws Exception {
		var company = companies.company("Клиника Голосование");
		var session = session(company);
		CurrentUser employee = company.join(Role.EMPLOYEE);
		mvc.perform(post(base(company, session) + "/take-part").with(user(employee)).with(csrf()));
		UUID participant = in(company, () -> sessions.participantOf(session.id(),
				companies.member(company.id(), employee).personId()).orElseThrow().id());
		SessionIdea idea = in(company, () -> sessions.addIdea(session.id(), participant,
				new SessionIdea.IdeaText("Электронная очередь", IdeaKind.IDEAL, null, null)));
		in(company, () -> sessions.openVoting(company.ownerMember(), session.id()));

		String card = vote(company, session, idea, employee, "QUICK_WIN", 2);
		assertThat(card).contains("id=\"idea-" + idea.id() + "\"").doesNotContain("field-error")
			.contains("hx-swap-oob").contains("Быстрые победы — 1 из 3");
		String refused = vote(company, session, idea, employee, "QUICK_WIN", 3);
		assertThat(refused).contains("field-error").contains("не больше 2");
		assertThat(in(company, () -> sessions.votesOf(session.id(), participant))).singleElement()
			.satisfies(v -> assertThat(v.points()).isEqualTo(2));

		assertThat(page(base(company, session) + "/board/lanes", employee)).doesNotContain("sb-tally");
		assertThat(page(base(company, session) + "/board/lanes", company.owner())).contains("Σ 2 (1 чел.)");
		in(company, () -> sessions.revealResults(company.ownerMember(), session.id()));
		assertThat(page(base(company, session) + "/board/lanes", employee)).contains("Σ 2 (1 чел.)");

		vote(company, session, idea, employee, "QUICK_WIN", 0);
		assertThat(in(company, () -> sessions.votesOf(session.id(), participant))).isEmpty();
		in(company, () -> sessions.closeVoting(company.ownerMember(), session.id()));
		assertThat(vote(company, session, idea, employee, "QUICK_WIN", 1)).contains("field-error");
	}

	@Test
	void theFacilitatorMergesADuplicateAndHidesAnIdea() throws Exception {
		var company = companies.company("Клиника Слияние");
		var session = session(company);
		mvc.perform(post(base(company, session) + "/take-part").with(user(company.owner())).with(csrf()));
		UUID participant = in(company, () -> sessions.participantOf(session.id(),
				company.ownerMember().personId()).orElseThrow().id());
		SessionIdea first = in(company, () -> sessions.addIdea(session.id(), participant,
				new SessionIdea.IdeaText("Запись онлайн", IdeaKind.IDEAL, null, null)));
		SessionIdea duplicate = in(company, () -> sessions.addIdea(session.id(), participant,
				new SessionIdea.IdeaText("Онлайн-запись на сайте", IdeaKind.IDEAL, null, null)));
		SessionIdea rude = in(company, () -> sessions.addIdea(session.id(), participant,
				new SessionIdea.IdeaText("Уволить всех", IdeaKind.PROBLEM, null, null)));
		mvc.perform(post(base(company, session) + "/ideas/" + duplicate.id() + "/merge").with(user(company.owner()))
			.with(csrf()).param("targetId", first.id().toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post(base(company, session) + "/ideas/" + rude.id() + "/hide").with(user(company.owner()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		CurrentUser employee = company.join(Role.EMPLOYEE);
		String lanes = page(base(company, session) + "/board/lanes", employee);
		assertThat(lanes).contains("Запись онлайн").doesNotContain("Онлайн-запись на сайте").doesNotContain("Уволить всех");
		assertThat(page(base(company, session) + "/board/lanes", company.owner())).contains("Уволить всех")
			.contains("hidden-idea");
	}

	@Test
	void aGuestVotesThroughTheGuestRoutes() throws Exception {
		var company = companies.company("Клиника Гость Голосует");
		var session = session(company);
		Cookie guest = mvc.perform(post("/join").with(csrf()).param("code", session.joinCode()).param("name", "Вера"))
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/guest/sessions/" + session.id() + "/ideas").cookie(guest).with(csrf())
			.param("text", "Кулер с водой в холле").param("kind", "IDEAL")).andExpect(status().is3xxRedirection());
		SessionIdea idea = in(company, () -> sessions.ideas(session.id())).get(0);
		in(company, () -> sessions.openVoting(company.ownerMember(), session.id()));
		mvc.perform(post("/guest/sessions/" + session.id() + "/ideas/" + idea.id() + "/votes").cookie(guest)
			.with(csrf()).header("HX-Request", "true").param("nomination", "IMPORTANT").param("points", "1"))
			.andExpect(status().isOk());
		assertThat(page(base(company, session) + "/board/lanes", company.owner())).contains("Кулер с водой в холле")
			.contains("Σ 1 (1 чел.)").contains("Вера");
	}

	private String vote(Company company, StrategicSession session, SessionIdea idea, CurrentUser as, String nomination,
			int points) throws Exception {
		return mvc.perform(post(base(company, session) + "/ideas/" + idea.id() + "/votes").with(user(as)).with(csrf())
			.header("HX-Request", "true")
			.param("nomination", nomination)
			.param("points", String.valueOf(points))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static String waitForStream(MvcResult stream, String expected) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		String body = "";
		while (System.nanoTime() < until) {
			body = stream.getResponse().getContentAsString();
			if (body.contains(expected)) {
				return body;
			}
			Thread.sleep(20);
		}
		return body;
	}
}
