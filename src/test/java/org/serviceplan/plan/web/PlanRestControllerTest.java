package org.serviceplan.plan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.serviceplan.ApiRequests.apiDelete;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPatch;
import static org.serviceplan.ApiRequests.apiPost;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PlanRestControllerTest {

	static final String PLANS = "/api/v1/workspaces/{ws}/plans";
	static final String PLAN = PLANS + "/{planId}";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	JsonMapper json;

	/** Started this month, so approved it is active today. */
	final LocalDate start = LocalDate.now().withDayOfMonth(1);

	@Test
	void aPlanGoesFromDraftToClosedThroughTheApi() throws Exception {
		Company clinic = companies.company("Клиника Полный цикл");
		var headUser = clinic.join(Role.SERVICE_HEAD);
		var employeeUser = clinic.join(Role.EMPLOYEE);
		String owner = companies.token(clinic.owner());
		String head = companies.token(headUser);
		String employee = companies.token(employeeUser);
		String headId = companies.member(clinic.id(), headUser).personId().toString();
		String employeeId = companies.member(clinic.id(), employeeUser).personId().toString();
		String ownerId = clinic.ownerMember().personId().toString();

		JsonNode plan = read(mvc.perform(apiPost(head, """
				{"title": "Сервисный план", "introduction": "Пациенты уходят после первого визита.",
				 "startDate": "%s", "endDate": "%s", "leadId": "%s"}""".formatted(start, start.plusYears(1).minusDays(1),
				headId), PLANS, clinic.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/plans/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.leadId").value(headId))
			.andExpect(jsonPath("$.months").value(12))
			.andExpect(jsonPath("$.ready").value(false))
			.andExpect(jsonPath("$.version").isNumber()));
		String planId = plan.get("id").asString();
		long version = plan.get("version").asLong();

		mvc.perform(apiGet(head, PLAN + "/readiness", clinic.id(), planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ready").value(false))
			.andExpect(jsonPath("$.parts", hasSize(9)))
			.andExpect(jsonPath("$.parts[?(@.part == 'RESPONSIBLES')].missing[0]")
				.value("Среди авторов плана должен быть владелец бизнеса."));

		mvc.perform(apiPatch(head, "{\"authorIds\": [\"%s\", \"%s\"], \"version\": %d}".formatted(ownerId, headId,
				version), PLAN, clinic.id(), planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.authorIds", hasItems(ownerId, headId)))
			.andExpect(jsonPath("$.title").value("Сервисный план"));

		String checkpointId = read(mvc.perform(apiPost(head, """
				{"date": "%s", "title": "Итоги квартала"}""".formatted(start.plusMonths(3).minusDays(1)),
				PLAN + "/checkpoints", clinic.id(), planId)).andExpect(status().isCreated())).get("id").asString();
		String goalId = read(mvc.perform(apiPost(head, """
				{"title": "Повысить лояльность", "description": "NPS с 20 до 45"}""", PLAN + "/goals", clinic.id(),
				planId)).andExpect(status().isCreated()).andExpect(jsonPath("$.tasks").value(0))).get("id").asString();
		String taskId = read(mvc.perform(apiPost(head, task(goalId, employeeId, start, start.plusMonths(2)),
				PLAN + "/tasks", clinic.id(), planId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.responsibleId").value(employeeId))
			.andExpect(jsonPath("$.budget.amount").value(120000))
			.andExpect(jsonPath("$.budget.currency").value("RUB"))
			.andExpect(jsonPath("$.budget.source").value("Собственный бюджет"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.version").value(0))).get("id").asString();

		mvc.perform(apiGet(head, PLAN + "/readiness", clinic.id(), planId))
			.andExpect(jsonPath("$.ready").value(true))
			.andExpect(jsonPath("$.parts[?(@.part == 'BUDGET_WITH_SOURCE')].present").value(true));

		mvc.perform(apiPost(head, "", PLAN + "/submit", clinic.id(), planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ON_APPROVAL"));
		mvc.perform(apiPost(employee, "", PLAN + "/approve", clinic.id(), planId))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
		mvc.perform(apiPost(owner, "", PLAN + "/approve", clinic.id(), planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.approvedBy").value(ownerId))
			.andExpect(jsonPath("$.approvedAt").isString());

		mvc.perform(apiGet(employee, "/api/v1/workspaces/{ws}/my-tasks", clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].taskId").value(taskId))
			.andExpect(jsonPath("$[0].planId").value(planId))
			.andExpect(jsonPath("$[0].role").value("RESPONSIBLE"))
			.andExpect(jsonPath("$[0].reportsOwed[0].checkpointId").value(checkpointId));
		mvc.perform(apiGet(head, PLAN + "/checkpoints/{checkpointId}/reports", clinic.id(), planId, checkpointId))
			.andExpect(jsonPath("$.pending[0].taskId").value(taskId))
			.andExpect(jsonPath("$.pending[0].responsibleId").value(employeeId));

		String reportId = read(mvc.perform(apiPost(employee, """
				{"taskId": "%s", "progress": 60, "result": "Обучены 6 из 10", "deviation": "Двое в отпуске",
				 "nextSteps": "Второй поток", "spent": 70000}""".formatted(taskId),
				PLAN + "/checkpoints/{checkpointId}/reports", clinic.id(), planId, checkpointId))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/plans/" + planId + "/reports/")))
			.andExpect(jsonPath("$.progress").value(60))
			.andExpect(jsonPath("$.spent").value(70000))
			.andExpect(jsonPath("$.taskTitle").value("Обучить администраторов"))
			.andExpect(jsonPath("$.authorId").value(employeeId))).get("id").asString();
		mvc.perform(apiGet(head, PLAN + "/reports/{reportId}", clinic.id(), planId, reportId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("Обучены 6 из 10"))
			.andExpect(jsonPath("$.deviation").value("Двое в отпуске"));
		mvc.perform(apiGet(head, PLAN + "/reports", clinic.id(), planId).param("checkpointId", checkpointId))
			.andExpect(jsonPath("$.reports", hasSize(1)))
			.andExpect(jsonPath("$.pending", hasSize(0)));
		mvc.perform(apiGet(employee, "/api/v1/workspaces/{ws}/my-tasks", clinic.id()))
			.andExpect(jsonPath("$[0].reportsOwed", hasSize(0)));

		mvc.perform(apiPost(employee, "{\"comment\": \"Посмотрел\"}", PLAN + "/checkpoints/{checkpointId}/close",
				clinic.id(), planId, checkpointId))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Закрыть контрольную точку может ответственный за план или владелец."));
		mvc.perform(apiPost(head, "{\"comment\": \"Обучение идёт по плану\"}",
				PLAN + "/checkpoints/{checkpointId}/close", clinic.id(), planId, checkpointId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(true))
			.andExpect(jsonPath("$.closedBy").value(headId))
			.andExpect(jsonPath("$.closingComment").value("Обучение идёт по плану"));

		mvc.perform(apiPost(employee, "{\"summary\": \"Готово\"}", PLAN + "/close", clinic.id(), planId))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Закрыть план может только ответственный за план или владелец."))
			.andExpect(jsonPath("$.title").value("Доступ запрещён"));
		mvc.perform(apiPost(head, "{\"summary\": \"NPS вырос с 20 до 41\"}", PLAN + "/close", clinic.id(), planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedBy").value(headId))
			.andExpect(jsonPath("$.closingSummary").value("NPS вырос с 20 до 41"));
		mvc.perform(apiGet(employee, PLANS, clinic.id()))
			.andExpect(jsonPath("$[0].status").value("CLOSED"))
			.andExpect(jsonPath("$[0].counts.tasks").value(1));
	}

	@Test
	void startsFromTheStandardTemplateAndRefusesToSubmitItWithEveryMissingPartNamed() throws Exception {
		Company clinic = companies.company("Клиника Из шаблона");
		String owner = companies.token(clinic.owner());
		mvc.perform(apiGet(owner, "/api/v1/workspaces/{ws}/plan-templates", clinic.id()))
			.andExpect(jsonPath("$[0].key").value("standard"))
			.andExpect(jsonPath("$[0].builtIn").value(true))
			.andExpect(jsonPath("$[0].name").value(containsString("Типовой сервисный план")));
		JsonNode plan = read(mvc.perform(apiPost(owner, """
				{"title": "План из шаблона", "startDate": "%s", "templateKey": "standard"}""".formatted(start), PLANS,
				clinic.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.checkpoints", hasSize(4)))
			.andExpect(jsonPath("$.tasks", not(hasSize(0))))
			.andExpect(jsonPath("$.ready").value(false)));

		mvc.perform(apiPost(owner, "", PLAN + "/submit", clinic.id(), plan.get("id").asString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
			.andExpect(jsonPath("$.detail").value("План нельзя отправить на утверждение: не заполнены обязательные разделы."))
			.andExpect(jsonPath("$.missingParts").value(hasItem("BUDGET_WITH_SOURCE")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("readiness.BUDGET_WITH_SOURCE")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Бюджет и источник финансирования: У задачи")));

		mvc.perform(apiPost(owner, "{\"title\": \"Пустой\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
			.formatted(start, start.plusYears(1).minusDays(1)), PLANS, clinic.id()))
			.andExpect(status().isCreated())
			.andDo(result -> {
				String empty = json.readTree(result.getResponse().getContentAsString()).get("id").asString();
				mvc.perform(apiPost(owner, "", PLAN + "/submit", clinic.id(), empty).header("Accept-Language", "en"))
					.andExpect(status().isUnprocessableContent())
					.andExpect(jsonPath("$.missingParts").value(hasItems("INTRODUCTION", "PERIOD_AND_CHECKPOINTS",
							"GLOBAL_TASKS", "TASKS_BY_BLOCK", "RESULT_PER_TASK", "REPORTING_FORMAT", "BUDGET_WITH_SOURCE")))
					.andExpect(jsonPath("$.errors[*].field").value(hasItems("readiness.INTRODUCTION",
							"readiness.PERIOD_AND_CHECKPOINTS", "readiness.GLOBAL_TASKS")));
			});

		mvc.perform(apiPost(owner, "{\"title\": \"Нет такого\", \"startDate\": \"%s\", \"templateKey\": \"mine\"}"
			.formatted(start), PLANS, clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("templateKey"))
			.andExpect(jsonPath("$.errors[0].message").value("Такого шаблона нет."));
	}

	@Test
	void savesAPlanAsATemplateOfTheCompany() throws Exception {
		Company clinic = companies.company("Клиника Свой шаблон");
		String owner = companies.token(clinic.owner());
		String planId = newPlan(owner, clinic);
		String key = read(mvc.perform(apiPost(owner, "{\"name\": \"Наш план\"}", PLAN + "/save-as-template", clinic.id(),
				planId)).andExpect(status().isCreated()).andExpect(jsonPath("$.builtIn").value(false))).get("key").asString();
		mvc.perform(apiGet(owner, "/api/v1/workspaces/{ws}/plan-templates", clinic.id()))
			.andExpect(jsonPath("$[1].key").value(key))
			.andExpect(jsonPath("$[1].name").value("Наш план"));
	}

	@Test
	void aPeriodShorterThanSixMonthsIsRefusedAndSaysSo() throws Exception {
		Company clinic = companies.company("Клиника Короткий план");
		String owner = companies.token(clinic.owner());
		mvc.perform(apiPost(owner, "{\"title\": \"Квартал\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
			.formatted(start, start.plusMonths(3)), PLANS, clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Сервисный план составляется минимум на 6 месяцев: продлите период."));
		mvc.perform(apiPost(owner, "{\"title\": \"Quarter\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
			.formatted(start, start.plusMonths(3)), PLANS, clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("6 months")));
	}

	@Test
	void namesEveryMissingFieldAtOnce() throws Exception {
		Company clinic = companies.company("Клиника Пустые поля");
		String owner = companies.token(clinic.owner());
		mvc.perform(apiPost(owner, "{}", PLANS, clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("title", "startDate")))
			.andExpect(jsonPath("$.errors[0].message").value("Поле обязательно для заполнения."));
		String planId = newPlan(owner, clinic);
		mvc.perform(apiPost(owner, "{\"title\": \"\"}", PLAN + "/tasks", clinic.id(), planId)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field")
				.value(hasItems("title", "goalId", "block", "responsibleId", "startDate", "dueDate")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("This field is required."));
		mvc.perform(apiPost(owner, "{\"date\": \"%s\"}".formatted(start), PLAN + "/checkpoints", clinic.id(), planId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
	}

	@Test
	void refusesTaskDatesOutsideThePeriodAndADueDateBeforeTheStart() throws Exception {
		Company clinic = companies.company("Клиника Сроки задач");
		String owner = companies.token(clinic.owner());
		String ownerId = clinic.ownerMember().personId().toString();
		String planId = newPlan(owner, clinic);
		String goalId = goal(owner, clinic, planId);
		mvc.perform(apiPost(owner, task(goalId, ownerId, start.minusDays(1), start.plusMonths(1)), PLAN + "/tasks",
				clinic.id(), planId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("startDate"))
			.andExpect(jsonPath("$.errors[0].message").value("Дата должна быть внутри периода плана."));
		mvc.perform(apiPost(owner, task(goalId, ownerId, start, start.plusYears(2)), PLAN + "/tasks", clinic.id(), planId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"));
		mvc.perform(apiPost(owner, task(goalId, ownerId, start.plusMonths(2), start.plusMonths(1)), PLAN + "/tasks",
				clinic.id(), planId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"))
			.andExpect(jsonPath("$.errors[0].message").value("Срок не может быть раньше даты начала."));
		mvc.perform(apiGet(owner, PLAN + "/tasks", clinic.id(), planId)).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theResponsibleMustBelongToTheCompany() throws Exception {
		Company clinic = companies.company("Клиника Чужой ответственный");
		String owner = companies.token(clinic.owner());
		String planId = newPlan(owner, clinic);
		String goalId = goal(owner, clinic, planId);
		String stranger = companies.company("Салон Посторонний").ownerMember().personId().toString();
		mvc.perform(apiPost(owner, task(goalId, stranger, start, start.plusMonths(1)), PLAN + "/tasks", clinic.id(),
				planId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("responsibleId"))
			.andExpect(jsonPath("$.errors[0].message").value("Такого сотрудника нет в компании."));
		mvc.perform(apiPost(owner, task(goalId, UUID.randomUUID().toString(), start, start.plusMonths(1)),
				PLAN + "/tasks", clinic.id(), planId).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("responsibleId"));
	}

	@Test
	void theSecondOfTwoPeopleSavingTheSameTaskIsToldItChanged() throws Exception {
		Company clinic = companies.company("Клиника Два редактора");
		String owner = companies.token(clinic.owner());
		String head = companies.token(clinic.join(Role.SERVICE_HEAD));
		String ownerId = clinic.ownerMember().personId().toString();
		String planId = newPlan(owner, clinic);
		String taskId = read(mvc.perform(apiPost(owner, task(goal(owner, clinic, planId), ownerId, start,
				start.plusMonths(1)), PLAN + "/tasks", clinic.id(), planId))).get("id").asString();

		mvc.perform(apiPatch(owner, "{\"dueDate\": \"%s\", \"version\": 0}".formatted(start.plusMonths(2)),
				PLAN + "/tasks/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value(start.plusMonths(2).toString()))
			.andExpect(jsonPath("$.title").value("Обучить администраторов"))
			.andExpect(jsonPath("$.budget.source").value("Собственный бюджет"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(apiPatch(head, "{\"title\": \"Другое название\", \"version\": 0}", PLAN + "/tasks/{taskId}",
				clinic.id(), planId, taskId))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", containsString(MediaType.APPLICATION_PROBLEM_JSON_VALUE)))
			.andExpect(jsonPath("$.detail").value(containsString("изменена после того, как вы её прочитали")));
		mvc.perform(apiGet(head, PLAN + "/tasks/{taskId}", clinic.id(), planId, taskId))
			.andExpect(jsonPath("$.title").value("Обучить администраторов"));
		mvc.perform(apiPatch(head, "{\"title\": \"Без версии\"}", PLAN + "/tasks/{taskId}", clinic.id(), planId, taskId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void movesATaskToTheTopOfItsBlock() throws Exception {
		Company clinic = companies.company("Клиника Порядок задач");
		String owner = companies.token(clinic.owner());
		String ownerId = clinic.ownerMember().personId().toString();
		String planId = newPlan(owner, clinic);
		String goalId = goal(owner, clinic, planId);
		mvc.perform(apiPost(owner, task(goalId, ownerId, start, start.plusMonths(1)), PLAN + "/tasks", clinic.id(), planId));
		String second = read(mvc.perform(apiPost(owner, task(goalId, ownerId, start, start.plusMonths(1)), PLAN + "/tasks",
				clinic.id(), planId)).andExpect(jsonPath("$.position").value(1))).get("id").asString();
		mvc.perform(apiPost(owner, "{\"block\": \"Персонал\", \"index\": 0}", PLAN + "/tasks/{taskId}/move", clinic.id(),
				planId, second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value(0));
		mvc.perform(apiGet(owner, PLAN + "/tasks", clinic.id(), planId)).andExpect(jsonPath("$[0].id").value(second));
		mvc.perform(apiPost(owner, "{\"block\": \"Персонал\", \"index\": -1}", PLAN + "/tasks/{taskId}/move",
				clinic.id(), planId, second))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("index"));
	}

	@Test
	void wrongStepsForThePlansStatusAreConflicts() throws Exception {
		Company clinic = companies.company("Клиника Не по порядку");
		String owner = companies.token(clinic.owner());
		String planId = newPlan(owner, clinic);
		mvc.perform(apiPost(owner, "", PLAN + "/approve", clinic.id(), planId))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Действие недоступно: план в статусе «Черновик»."))
			.andExpect(jsonPath("$.instance").value(containsString("/approve")))
			.andExpect(jsonPath("$.planStatus").value("DRAFT"));
		mvc.perform(apiPost(owner, "{\"summary\": \"Рано\"}", PLAN + "/close", clinic.id(), planId))
			.andExpect(status().isConflict());
		mvc.perform(apiPost(owner, "", PLAN + "/copy-to-next-year", clinic.id(), planId))
			.andExpect(status().isConflict());
	}

	@Test
	void aGoalWithTasksAndACheckpointWithReportsStay() throws Exception {
		Company clinic = companies.company("Клиника Не удалять");
		String owner = companies.token(clinic.owner());
		String ownerId = clinic.ownerMember().personId().toString();
		String planId = newPlan(owner, clinic);
		long version = read(mvc.perform(apiGet(owner, PLAN, clinic.id(), planId))).get("version").asLong();
		mvc.perform(apiPatch(owner, "{\"introduction\": \"Зачем\", \"leadId\": \"%s\", \"version\": %d}"
			.formatted(ownerId, version), PLAN, clinic.id(), planId)).andExpect(status().isOk());
		mvc.perform(apiPatch(owner, "{\"title\": \"Устаревшая правка\", \"version\": %d}".formatted(version), PLAN,
				clinic.id(), planId)).andExpect(status().isConflict());
		String checkpointId = read(mvc.perform(apiPost(owner, "{\"date\": \"%s\", \"title\": \"Квартал\"}"
			.formatted(start.plusMonths(2)), PLAN + "/checkpoints", clinic.id(), planId))).get("id").asString();
		String goalId = goal(owner, clinic, planId);
		String taskId = read(mvc.perform(apiPost(owner, task(goalId, ownerId, start, start.plusMonths(1)),
				PLAN + "/tasks", clinic.id(), planId))).get("id").asString();

		mvc.perform(apiDelete(owner, PLAN + "/goals/{goalId}", clinic.id(), planId, goalId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("есть задачи")));

		mvc.perform(apiPost(owner, "", PLAN + "/submit", clinic.id(), planId)).andExpect(status().isOk());
		mvc.perform(apiPost(owner, "", PLAN + "/approve", clinic.id(), planId)).andExpect(status().isOk());
		mvc.perform(apiPost(owner, "{\"taskId\": \"%s\", \"progress\": 120, \"result\": \"\"}".formatted(taskId),
				PLAN + "/checkpoints/{checkpointId}/reports", clinic.id(), planId, checkpointId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("progress", "result")))
			.andExpect(jsonPath("$.errors[?(@.field == 'progress')].message")
				.value("Прогресс указывается в процентах: от 0 до 100."));
		mvc.perform(apiPost(owner, "{\"taskId\": \"%s\", \"progress\": 100, \"result\": \"Готово\"}".formatted(taskId),
				PLAN + "/checkpoints/{checkpointId}/reports", clinic.id(), planId, checkpointId))
			.andExpect(status().isCreated());
		mvc.perform(apiPost(owner, "{\"taskId\": \"%s\", \"progress\": 100, \"result\": \"Готово, с актом\"}"
			.formatted(taskId), PLAN + "/checkpoints/{checkpointId}/reports", clinic.id(), planId, checkpointId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("Готово, с актом"));

		mvc.perform(apiDelete(owner, PLAN + "/checkpoints/{checkpointId}", clinic.id(), planId, checkpointId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(
					"По контрольной точке «Квартал» уже есть отчёты: её нельзя удалить, только перенести."));
		mvc.perform(apiGet(owner, PLAN + "/checkpoints", clinic.id(), planId)).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void reschedulesAndRemovesCheckpointsAndGoals() throws Exception {
		Company clinic = companies.company("Клиника Перенос");
		String owner = companies.token(clinic.owner());
		String planId = newPlan(owner, clinic);
		String checkpointId = read(mvc.perform(apiPost(owner, "{\"date\": \"%s\", \"title\": \"Квартал\"}"
			.formatted(start.plusMonths(2)), PLAN + "/checkpoints", clinic.id(), planId))).get("id").asString();
		mvc.perform(apiPatch(owner, "{\"date\": \"%s\", \"version\": 0}".formatted(start.plusMonths(3)),
				PLAN + "/checkpoints/{checkpointId}", clinic.id(), planId, checkpointId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value(start.plusMonths(3).toString()))
			.andExpect(jsonPath("$.title").value("Квартал"));
		mvc.perform(apiPatch(owner, "{\"date\": \"%s\", \"version\": 1}".formatted(start.plusYears(3)),
				PLAN + "/checkpoints/{checkpointId}", clinic.id(), planId, checkpointId))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(apiDelete(owner, PLAN + "/checkpoints/{checkpointId}", clinic.id(), planId, checkpointId))
			.andExpect(status().isNoContent());

		String goalId = goal(owner, clinic, planId);
		mvc.perform(apiPatch(owner, "{\"title\": \"Лояльность пациентов\", \"version\": 0}", PLAN + "/goals/{goalId}",
				clinic.id(), planId, goalId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Лояльность пациентов"));
		mvc.perform(apiDelete(owner, PLAN + "/goals/{goalId}", clinic.id(), planId, goalId))
			.andExpect(status().isNoContent());
		mvc.perform(apiGet(owner, PLAN + "/goals/{goalId}", clinic.id(), planId, goalId))
			.andExpect(status().isNotFound());
		mvc.perform(apiDelete(owner, PLAN, clinic.id(), planId)).andExpect(status().isNoContent());
		mvc.perform(apiGet(owner, PLAN, clinic.id(), planId)).andExpect(status().isNotFound());
	}

	@Test
	void employeesReadPlansButDoNotEditOrApprove() throws Exception {
		Company clinic = companies.company("Клиника Права");
		String owner = companies.token(clinic.owner());
		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		String planId = newPlan(owner, clinic);
		mvc.perform(apiGet(employee, PLAN, clinic.id(), planId)).andExpect(status().isOk());
		mvc.perform(apiPost(employee, "{\"title\": \"Цель\"}", PLAN + "/goals", clinic.id(), planId))
			.andExpect(status().isForbidden());
		mvc.perform(apiPost(employee, "", PLAN + "/return-to-draft", clinic.id(), planId))
			.andExpect(status().isForbidden());
		mvc.perform(apiPost(employee, "{\"title\": \"Свой\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
			.formatted(start, start.plusYears(1)), PLANS, clinic.id())).andExpect(status().isForbidden());
	}

	private String newPlan(String token, Company company) throws Exception {
		return read(mvc.perform(apiPost(token, """
				{"title": "Сервисный план", "startDate": "%s", "endDate": "%s"}""".formatted(start,
				start.plusYears(1).minusDays(1)), PLANS, company.id())).andExpect(status().isCreated())).get("id")
			.asString();
	}

	private String goal(String token, Company company, String planId) throws Exception {
		return read(mvc.perform(apiPost(token, "{\"title\": \"Лояльность\"}", PLAN + "/goals", company.id(), planId))
			.andExpect(status().isCreated())).get("id").asString();
	}

	private static String task(String goalId, String responsibleId, LocalDate from, LocalDate due) {
		return """
				{"title": "Обучить администраторов", "goalId": "%s", "block": "Персонал", "responsibleId": "%s",
				 "startDate": "%s", "dueDate": "%s", "expectedResult": "Все прошли аттестацию",
				 "reportingFormat": "Отчёт раз в месяц",
				 "budget": {"amount": 120000, "currency": "RUB", "source": "Собственный бюджет"}}"""
			.formatted(goalId, responsibleId, from, due);
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
