package org.serviceplan.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The facilitator's pages around the board: creating a session, its page with the guests' code and QR code, the
 * result (ranking, tie rule, chart; hidden from participants until the reveal), turning ideas into plan tasks, and
 * following the chain from a task back to the map and from the map forward to the task.
 */
@IntegrationTest
class SessionResultsPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	Journeys journeys;
	@Autowired
	ServicePlans plans;
	@Autowired
	PlanTaskIntake intake;

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	String page(String path, CurrentUser as) throws Exception {
		return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void createsASessionOnAJourneyAndShowsTheCodeAndQrCodeForGuests() throws Exception {
		var company = companies.company("Клиника Новая Сессия");
		var fixture = SessionFixture.open(company, journeys, sessions, "Первая", new VotingBudget(5, 5, 3));
		String form = page("/w/" + company.id() + "/sessions/new", company.owner());
		assertThat(form).contains("Визит пациента", "name=\"journeyIds\"");
		String location = mvc.perform(post("/w/{ws}/sessions", company.id()).with(user(company.owner())).with(csrf())
			.param("title", "Сессия по визиту")
			.param("journeyIds", fixture.journeyId().toString())
			.param("quickWinBudget", "6")
			.param("importantBudget", "4")
			.param("maxPointsPerIdea", "2"))
			.andExpect(flash().attribute("flash", "sessionui.flash.created"))
			.andReturn().getResponse().getRedirectedUrl();
		String sessionPage = page(location, company.owner());
		String code = in(company, () -> sessions.all()).stream().filter(s -> s.title().equals("Сессия по визиту"))
			.findFirst().orElseThrow().joinCode();
		assertThat(sessionPage).contains("id=\"join-code\"", code, "http://localhost:8080/join/" + code, "<svg",
				"Обсуждение концепции", "Приоритизация", "id=\"open-voting\"", "По 6 + 4 баллов у участника, не больше 2 на идею");
		assertThat(page("/w/" + company.id() + "/sessions", company.owner())).contains("Сессия по визиту", "Первая");
	}

	@Test
	void facilitatorRewritesTheAgendaOneStageALineAndAnEmptyAgendaIsRefused() throws Exception {
		var company = companies.company("Клиника Своя Повестка");
		var fixture = SessionFixture.open(company, journeys, sessions, "Повестка", new VotingBudget(5, 5, 3));
		String base = "/w/" + company.id() + "/sessions/" + fixture.session().id();
		assertThat(page(base, company.owner())).contains("id=\"agenda-text\"", "Обсуждение концепции");

		mvc.perform(post(base + "/agenda").with(user(company.owner())).with(csrf())
			.param("agenda", "Разминка\r\n\r\n  Работа с картой  \nГолосование\n"))
			.andExpect(flash().attribute("flash", "sessionui.flash.agenda"));
		assertThat(in(company, () -> sessions.session(fixture.session().id()).agenda()))
			.containsExactly("Разминка", "Работа с картой", "Голосование");

		mvc.perform(post(base + "/agenda").with(user(company.owner())).with(csrf()).param("agenda", " \n "))
			.andExpect(status().is3xxRedirection());
		assertThat(in(company, () -> sessions.session(fixture.session().id()).agenda())).hasSize(3);
	}

	@Test
	void refusesASessionWithoutTitleBesideTheField() throws Exception {
		var company = companies.company("Клиника Без Названия");
		var fixture = SessionFixture.open(company, journeys, sessions, "Первая", new VotingBudget(5, 5, 3));
		String answer = mvc.perform(post("/w/{ws}/sessions", company.id()).with(user(company.owner())).with(csrf())
			.param("title", " ")
			.param("journeyIds", fixture.journeyId().toString())
			.param("quickWinBudget", "5")
			.param("importantBudget", "5")
			.param("maxPointsPerIdea", "3")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("field-error");
		assertThat(in(company, () -> sessions.all())).hasSize(1);
	}

	@Test
	void resultsStayHiddenFromParticipantsUntilRevealedAndStateTheTieRule() throws Exception {
		var company = companies.company("Клиника Итоги");
		var fixture = SessionFixture.open(company, journeys, sessions, "Итоговая", new VotingBudget(5, 5, 3));
		var session = fixture.session();
		CurrentUser employee = company.join(Role.EMPLOYEE);
		UUID voter = in(company, () -> sessions.addMember(companies.member(company.id(), employee), session.id(),
				companies.member(company.id(), employee).personId()).id());
		SessionIdea idea = in(company, () -> sessions.addIdea(session.id(), voter,
				new SessionIdea.IdeaText("Навигация по клинике", IdeaKind.IDEAL, fixture.touchpointId(), null)));
		in(company, () -> sessions.openVoting(company.ownerMember(), session.id()));
		in(company, () -> sessions.vote(session.id(), idea.id(), voter, Nomination.QUICK_WIN, 3));
		in(company, () -> sessions.vote(session.id(), idea.id(), voter, Nomination.IMPORTANT, 1));
		String results = "/w/" + company.id() + "/sessions/" + session.id() + "/results";

		assertThat(page(results, employee)).contains("id=\"results-hidden\"").doesNotContain("ranking-QUICK_WIN");
		String facilitator = page(results, company.owner());
		assertThat(facilitator).contains("id=\"ranking-QUICK_WIN\"", "Навигация по клинике", "Приветствие",
				"при равенстве баллов выше идея, за которую голосовало больше людей", "class=\"impact-chart\"",
				"<circle", "id=\"chart-table\"");
		in(company, () -> sessions.revealResults(company.ownerMember(), session.id()));
		assertThat(page(results, employee)).contains("id=\"ranking-QUICK_WIN\"").doesNotContain("id=\"to-plan-form\"");
		assertThat(page("/w/" + company.id() + "/sessions/" + session.id() + "/projector", company.owner()))
			.contains("projector-rankings", "Навигация по клинике", session.joinCode());
	}

	@Test
	void winnersBecomeTasksThatLeadBackToTheirIdeaAndTheMapLeadsForwardToThem() throws Exception {
		var company = companies.company("Клиника В План");
		var fixture = SessionFixture.open(company, journeys, sessions, "Сессия в план", new VotingBudget(5, 5, 3));
		var session = fixture.session();
		var owner = company.ownerMember();
		UUID voter = in(company, () -> sessions.addMember(owner, session.id(), owner.personId()).id());
		SessionIdea greet = in(company, () -> sessions.addIdea(session.id(), voter,
				new SessionIdea.IdeaText("Здороваться по имени", IdeaKind.IDEAL, fixture.touchpointId(),
						fixture.painId())));
		SessionIdea other = in(company, () -> sessions.addIdea(session.id(), voter,
				new SessionIdea.IdeaText("Кофе в зоне ожидания", IdeaKind.IDEAL, null, null)));
		in(company, () -> sessions.openVoting(owner, session.id()));
		in(company, () -> sessions.vote(session.id(), greet.id(), voter, Nomination.QUICK_WIN, 3));
		in(company, () -> sessions.vote(session.id(), other.id(), voter, Nomination.IMPORTANT, 2));
		in(company, () -> sessions.closeVoting(owner, session.id()));
		UUID planId = in(company, () -> plans.create(owner, "План на год", "Зачем",
				PlanPeriod.oneYearFrom(LocalDate.now().withDayOfMonth(1)), owner.personId(), Set.of()).id());
		String base = "/w/" + company.id() + "/sessions/" + session.id();

		String results = page(base + "/results", company.owner());
		assertThat(results).contains("id=\"to-plan-form\"", "План на год");
		assertThat(results.indexOf("Здороваться по имени", results.indexOf("id=\"to-plan-form\"")))
			.as("quick wins first").isLessThan(results.indexOf("Кофе в зоне ожидания", results.indexOf("id=\"to-plan-form\"")));

		mvc.perform(post(base + "/to-plan").with(user(company.owner())).with(csrf())
			.param("planId", planId.toString())
			.param("ideaIds", greet.id().toString(), other.id().toString()))
			.andExpect(flash().attributeExists("createdTasks"));
		var tasks = in(company, () -> intake.tasksFromSession(session.id()));
		assertThat(tasks).hasSize(2);
		UUID greetTask = tasks.stream().filter(t -> t.origin().ideaId().equals(greet.id())).findFirst().orElseThrow()
			.taskId();
		assertThat(page(base + "/results", company.owner())).contains("/plans/" + planId + "/tasks/" + greetTask);

		String taskPage = page("/w/" + company.id() + "/plans/" + planId + "/tasks/" + greetTask, company.owner());
		assertThat(taskPage).contains("id=\"task-origin\"", "/w/" + company.id() + "/trace/tasks/" + greetTask);

		String back = page("/w/" + company.id() + "/trace/tasks/" + greetTask, company.owner());
		assertThat(back).contains("id=\"trace-origin\"", "Здороваться по имени", "Сессия в план", "Приветствие",
				"Не здороваются", "/trace/touchpoints/" + fixture.touchpointId(), "/trace/pains/" + fixture.painId());

		String forward = page("/w/" + company.id() + "/trace/touchpoints/" + fixture.touchpointId(), company.owner());
		assertThat(forward).contains("Здороваться по имени", "Сессия в план", "План на год",
				"/plans/" + planId + "/tasks/" + greetTask).doesNotContain("Кофе в зоне ожидания");
		assertThat(page("/w/" + company.id() + "/trace/pains/" + fixture.painId(), company.owner()))
			.contains("Здороваться по имени", "/plans/" + planId + "/tasks/" + greetTask);

		String dialog = page("/w/" + company.id() + "/journeys/" + fixture.journeyId() + "/touchpoints/"
				+ fixture.touchpointId(), company.owner());
		assertThat(dialog).contains("/trace/touchpoints/" + fixture.touchpointId(), "/trace/pains/" + fixture.painId());
	}

	@Test
	void aTaskOfNoSessionHasNoTrace() throws Exception {
		var company = companies.company("Клиника Без Происхождения");
		mvc.perform(get("/w/{ws}/trace/tasks/{id}", company.id(), UUID.randomUUID()).with(user(company.owner())))
			.andExpect(status().isNotFound());
	}
}
