package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.serviceplan.Routes.Route;
import org.serviceplan.account.Accounts;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.feedback.internal.series.SeriesValue;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.internal.survey.SurveyDetails;
import org.serviceplan.feedback.internal.survey.Surveys;
import org.serviceplan.journey.Idef0Function;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.IdeaKind;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.PlanControl;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ReportAttachment;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.session.NewSession;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application, UI and API, as the owner of workspace B with the ids of
 * workspace A, and proves each answers 404 and changes nothing. Routes are read from Spring MVC's own
 * mappings, so a route added later is walked without touching this test; a path variable this test does
 * not know fails it until someone says which record of A it stands for.
 */
@IntegrationTest
class TenancyWalkTest {

	/** Routes reached by a secret rather than an id of a workspace: the walk checks an unknown secret instead. */
	private static final Set<String> SECRET_VARIABLES = Set.of("code", "invitationCode", "feedToken", "surveyCode",
			"answerToken");
	/**
	 * Path variables that name no record of a workspace (a metric: NPS, CSAT, CES): every workspace has them, so
	 * they are walked in A's workspace (404 for B) but not as "A's ids inside B".
	 */
	private static final Set<String> NAME_VARIABLES = Set.of("metric");

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	OrgChart orgChart;
	@Autowired
	Staffing staffing;
	@Autowired
	ServicePlans servicePlans;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	PlanControl planControl;
	@Autowired
	Journeys journeys;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	Targets targets;
	@Autowired
	Surveys surveys;
	@Autowired
	NamedSeries namedSeries;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	TestCompanies.Company a;
	TestCompanies.Company b;
	String bToken;
	Map<String, String> idsOfA;

	@BeforeEach
	void twoCompanies() {
		a = companies.company("Клиника А");
		b = companies.company("Салон Б");
		bToken = companies.token(b.owner());
		var member = a.ownerMember();
		idsOfA = TenantContext.inWorkspace(a.id(), () -> {
			var medical = orgChart.addDepartment("Медицинский блок", null);
			var reception = orgChart.addDepartment("Ресепшн", medical.id());
			var position = orgChart.addPosition("Администратор");
			var invited = staffing.invite(member, new PersonDetails("Ирина", "irina-" + UUID.randomUUID() + "@a.test",
					Role.EMPLOYEE, reception.id(), position.id()), Locale.ROOT);
			Map<String, String> ids = new HashMap<>();
			ids.put("department", reception.id().toString());
			ids.put("position", position.id().toString());
			ids.put("person", invited.person().id().toString());
			putPlanOfA(member, invited.person().id(), ids);
			putJourneyOfA(member, ids);
			putSessionOfA(member, invited.person().id(), ids);
			putTargetOfA(ids);
			putSurveyOfA(ids);
			putSeriesOfA(ids);
			return ids;
		});
		idsOfA.put("ws", a.id().toString());
		idsOfA.put("workspace", a.id().toString());
		idsOfA.put("token", accounts.issueToken(a.owner().accountId(), "A's integration").id().toString());
		idsOfA.put("notification", notificationOf(a.id(), member.personId()).toString());
		idsOfA.put("metric", "NPS");
	}

	/** A's plan with a checkpoint, a global task and a concrete task, for the routes under /plans. */
	private void putPlanOfA(Member owner, UUID responsible, Map<String, String> ids) {
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		var plan = servicePlans.create(owner, "План А", "Зачем", PlanPeriod.oneYearFrom(start), responsible, Set.of());
		var checkpoint = servicePlans.addCheckpoint(plan.id(), start.plusMonths(3), "Квартал");
		var goal = servicePlans.addGoal(plan.id(), "Лояльность", null);
		var task = servicePlans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Персонал", "Обучить", null,
				responsible, Set.of(), start, start.plusMonths(2), "Все обучены", null, null, "Отчёт", BigDecimal.TEN,
				null, "Собственный бюджет", null, null, null, null));
		ids.put("plan", plan.id().toString());
		ids.put("checkpoint", checkpoint.id().toString());
		ids.put("goal", goal.id().toString());
		ids.put("task", task.id().toString());
		putReportOfA(owner, responsible, start, ids);
	}

	/** A's journey with one record of each kind, for the routes under /journeys. */
	private void putJourneyOfA(Member owner, Map<String, String> ids) {
		var journey = journeys.create("Путь А", null, null, new ExpectedDuration(14));
		var stage = journeys.addStage(journey.id(), "Во время визита");
		var zone = journeys.addZone(journey.id(), stage.id(), "Ресепшн");
		var element = journeys.addElement(journey.id(), zone.id(), "Стойка");
		var touchpoint = journeys.addTouchpoint(journey.id(), Parent.element(element.id()),
				TouchpointDetails.named("Приветствие", Channel.OFFLINE));
		var pain = journeys.addPain(journey.id(), touchpoint.id(), new PainDetails("Не здороваются", 3, 3, null, null));
		var idea = journeys.addIdea(owner, journey.id(), touchpoint.id(), IdeaKind.IDEAL_FUTURE, "Здороваться по имени");
		var process = Idef0Function.of("Встретить пациента", List.of("Пациент"), List.of(), List.of("Зарегистрирован"),
				List.of("Администратор"));
		journeys.storeIdef0(journey.id(), touchpoint.id(), process, null);
		journeys.storeIdef0(journey.id(), element.id(), process, null);
		ids.put("journey", journey.id().toString());
		ids.put("stage", stage.id().toString());
		ids.put("zone", zone.id().toString());
		ids.put("element", element.id().toString());
		ids.put("touchpoint", touchpoint.id().toString());
		ids.put("pain", pain.id().toString());
		ids.put("idea", idea.id().toString());
	}

	/** A's strategic session on A's journey, with a participant and an idea (key "sessionIdea": {ideaId} under /sessions). */
	private void putSessionOfA(Member owner, UUID employee, Map<String, String> ids) {
		var session = sessions.create(owner, new NewSession("Сессия А", List.of(UUID.fromString(ids.get("journey"))),
				new VotingBudget(5, 5, 3), false, null, null));
		var participant = sessions.addMember(owner, session.id(), employee);
		var idea = sessions.addIdea(session.id(), participant.id(),
				new IdeaText("Идея А", org.serviceplan.session.IdeaKind.IDEAL, UUID.fromString(ids.get("touchpoint")), null));
		ids.put("session", session.id().toString());
		ids.put("participant", participant.id().toString());
		ids.put("sessionIdea", idea.id().toString());
	}

	/** A's approved plan with a checkpoint report and its file, for the report and attachment routes. */
	private void putReportOfA(Member owner, UUID responsible, LocalDate start, Map<String, String> ids) {
		var plan = servicePlans.create(owner, "Действующий план А", "Зачем", PlanPeriod.oneYearFrom(start), owner.personId(),
				Set.of());
		var checkpoint = servicePlans.addCheckpoint(plan.id(), start.plusMonths(3), "Квартал");
		var goal = servicePlans.addGoal(plan.id(), "Лояльность", null);
		var task = servicePlans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Персонал", "Обучить", null,
				responsible, Set.of(), start, start.plusMonths(2), "Все обучены", null, null, "Отчёт", BigDecimal.TEN,
				null, "Собственный бюджет", null, null, null, null));
		servicePlans.submit(owner, plan.id());
		servicePlans.approve(owner, plan.id());
		var report = planControl.fileReport(owner, plan.id(), checkpoint.id(), task.id(),
				new CheckpointReport.ReportDetails(50, "Половина обучена", null, null, null), null,
				List.of(new ReportAttachment.Upload("протокол.pdf", "application/pdf", new byte[] { 1, 2, 3 })));
		ids.put("report", report.id().toString());
		ids.put("attachment", planControl.checkpoint(plan.id(), checkpoint.id(), start).rows().get(0).attachments()
			.get(0).id().toString());
	}

	/** A's metric target, for the routes under /feedback/targets. */
	private void putTargetOfA(Map<String, String> ids) {
		var target = targets.set(new TargetDetails("NPS", Comparison.AT_LEAST, BigDecimal.valueOf(50),
				LocalDate.now().plusMonths(6), null, null));
		ids.put("target", target.id().toString());
	}

	/** An unread notification in the inbox of A's owner (written directly: notifications come from events). */
	private UUID notificationOf(UUID workspaceId, UUID recipientId) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into notification (id, workspace_id, recipient_id, kind, title_key, title_args, entries, "
				+ "link, created_at) values (?, ?, ?, 'PLAN_CHANGED', 'notification.planChanged.title', ?, '[]', ?, "
				+ "current_timestamp)", id, workspaceId, recipientId, "[\"План А\", \"Ирина\"]",
				"/w/" + workspaceId + "/plans/" + idsOfA.get("plan"));
		return id;
	}

	@Test
	void everyWorkspaceRouteDeclaresItsPermission() {
		List<String> unguarded = Routes.of(mappings).stream()
			.filter(r -> r.pattern().contains("{ws}"))
			.filter(r -> r.handler().getMethodAnnotation(Requires.class) == null)
			.map(Route::toString)
			.toList();
		assertThat(unguarded).as("workspace routes without @Requires").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> anotherWorkspacesIdsAnswerNotFound() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : Routes.of(mappings)) {
			List<String> variables = route.variables();
			if (variables.isEmpty()) {
				continue;
			}
			if (variables.stream().anyMatch(SECRET_VARIABLES::contains)) {
				tests.add(DynamicTest.dynamicTest(route + " with an unknown secret",
						() -> expectNotFound(route, route.expand(v -> SECRET_VARIABLES.contains(v) ? "unknown-code" : idOfA(route, v)))));
				continue;
			}
			tests.add(DynamicTest.dynamicTest(route + " with A's ids",
					() -> expectNotFound(route, route.expand(v -> idOfA(route, v)))));
			if (variables.contains("ws") && variables.size() > 1 && variables.stream().noneMatch(NAME_VARIABLES::contains)) {
				tests.add(DynamicTest.dynamicTest(route + " in B with A's ids", () -> expectNotFound(route,
						route.expand(v -> v.equals("ws") ? b.id().toString() : idOfA(route, v)))));
			}
		}
		tests.add(DynamicTest.dynamicTest("A's records are untouched after the walk", this::aIsUntouched));
		return tests.stream();
	}

	private void expectNotFound(Route route, String uri) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method().name()), uri);
		if (uri.startsWith("/api/")) {
			request.header("Authorization", "Bearer " + bToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Взлом\",\"title\":\"Взлом\",\"version\":0,\"role\":\"EMPLOYEE\","
						+ "\"email\":\"intruder@b.test\",\"password\":\"intruder-password\"}");
		}
		else {
			request.with(user(b.owner()))
				.with(csrf())
				.param("name", "Взлом")
				.param("version", "0")
				.param("role", "EMPLOYEE")
				.param("email", "intruder@b.test");
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("%s %s as B's owner", route.method(), uri).isEqualTo(404);
	}

	private void aIsUntouched() {
		TenantContext.inWorkspace(a.id(), () -> {
			assertThat(orgChart.department(UUID.fromString(idsOfA.get("department"))).name()).isEqualTo("Ресепшн");
			assertThat(orgChart.position(UUID.fromString(idsOfA.get("position"))).name()).isEqualTo("Администратор");
			assertThat(staffing.person(UUID.fromString(idsOfA.get("person"))).name()).isEqualTo("Ирина");
			var plan = servicePlans.plan(UUID.fromString(idsOfA.get("plan")));
			assertThat(plan.title()).isEqualTo("План А");
			assertThat(plan.checkpoints()).hasSize(1);
			assertThat(plan.goals()).hasSize(1);
			assertThat(plan.task(UUID.fromString(idsOfA.get("task"))).title()).isEqualTo("Обучить");
			var journey = journeys.journey(UUID.fromString(idsOfA.get("journey")));
			assertThat(journey.title()).isEqualTo("Путь А");
			assertThat(journey.touchpoint(UUID.fromString(idsOfA.get("touchpoint"))).name()).isEqualTo("Приветствие");
			assertThat(journey.pains()).hasSize(1);
			assertThat(journey.idef0Of(UUID.fromString(idsOfA.get("element")))).isPresent();
			UUID session = UUID.fromString(idsOfA.get("session"));
			assertThat(sessions.session(session).title()).isEqualTo("Сессия А");
			assertThat(sessions.session(session).isOpen()).isTrue();
			assertThat(sessions.participants(session)).hasSize(1);
			assertThat(sessions.ideas(session)).singleElement().satisfies(idea -> {
				assertThat(idea.text()).isEqualTo("Идея А");
				assertThat(idea.isShown()).isTrue();
			});
			var survey = surveys.survey(UUID.fromString(idsOfA.get("survey")));
			assertThat(survey.name()).isEqualTo("NPS А");
			assertThat(survey.active()).isTrue();
			assertThat(surveys.invitations(survey.id()).issued()).isEqualTo(1);
			assertThat(namedSeries.all()).singleElement().satisfies(series -> assertThat(series.points()).hasSize(1));
		});
		assertThat(accounts.tokens(a.owner().accountId())).extracting(t -> t.id().toString()).contains(idsOfA.get("token"));
		assertThat(jdbc.queryForObject("select count(*) from notification where id = ? and read_at is null", Integer.class,
				UUID.fromString(idsOfA.get("notification")))).as("A's notification is still unread").isEqualTo(1);
	}

	/** Which of A's records a path variable stands for: by its name, or for {id} by the segment before it. */
	private String idOfA(Route route, String variable) {
		String kind = switch (variable) {
			case "ws" -> "ws";
			case "type" -> "department-type";
			case "id" -> route.segmentBefore(variable);
			case "ideaId" -> route.pattern().contains("/sessions/") ? "sessionIdea" : "idea";
			default -> variable.endsWith("Id") ? variable.substring(0, variable.length() - 2) : variable;
		};
		kind = switch (kind) {
			case "departments" -> "department";
			case "people" -> "person";
			case "positions" -> "position";
			case "tokens" -> "token";
			case "workspaces" -> "workspace";
			default -> kind;
		};
		if (kind.equals("department-type")) {
			return "department";
		}
		if (route.pattern().contains("/{type}/") && variable.equals("id")) {
			return idsOfA.get("department");
		}
		String id = idsOfA.get(kind);
		if (id == null) {
			fail("TenancyWalkTest does not know which record of workspace A {%s} in %s stands for: add it to idsOfA",
					variable, route.pattern());
		}
		return id;
	}

	/** A's survey with an invitation, for the routes under /surveys. */
	private void putSurveyOfA(Map<String, String> ids) {
		var survey = surveys.create(SurveyDetails.standard("NPS А", Metric.NPS, "Порекомендуете?", "Recommend?"));
		surveys.invite(survey.id(), 1);
		ids.put("survey", survey.id().toString());
	}

	/** A's named series of one point, for the routes under /series. */
	private void putSeriesOfA(Map<String, String> ids) {
		namedSeries.store(List.of(new SeriesValue("FCR А", "%", LocalDate.now(), BigDecimal.valueOf(70), null, null)));
		ids.put("series", namedSeries.all().get(0).id().toString());
	}
}
