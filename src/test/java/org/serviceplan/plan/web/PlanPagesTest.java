package org.serviceplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.plan.PlanStatus;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.Goal;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlanPagesTest {

	static final LocalDate START = LocalDate.of(2027, 1, 1);

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	/** A plan with every mandatory part: introduction, owner as author and lead, a checkpoint, a goal, one full task. */
	ServicePlan readyPlan(Company company) {
		Member owner = company.ownerMember();
		return in(company, () -> {
			ServicePlan plan = plans.create(owner, "Сервисный план 2027", "Клиенты уходят к конкурентам.",
					PlanPeriod.oneYearFrom(START), owner.personId(), Set.of());
			plans.addCheckpoint(plan.id(), LocalDate.of(2027, 3, 31), "Первый квартал");
			Goal goal = plans.addGoal(plan.id(), "Повысить лояльность", null);
			plans.addTask(owner, plan.id(), task(goal.id(), "Персонал", "Обучить администраторов", owner.personId()));
			return plans.plan(plan.id());
		});
	}

	static TaskDetails task(UUID goalId, String block, String title, UUID responsible) {
		return new TaskDetails(goalId, block, title, null, responsible, Set.of(), START.plusDays(10),
				START.plusMonths(3), "Все администраторы прошли обучение", "Доля обученных, %", new BigDecimal("100"),
				"Ежемесячный отчёт руководителю сервиса", new BigDecimal("50000"), null, "Собственный бюджет", null,
				TaskStatus.PLANNED, Priority.MEDIUM, TaskKind.TRAINING);
	}

	String editor(Company company, UUID planId, CurrentUser as) throws Exception {
		return mvc.perform(get("/w/{ws}/plans/{p}", company.id(), planId).with(user(as)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void createsAPlanFromTheStandardTemplateWithItsBlocksAndTasks() throws Exception {
		var company = companies.company("Клиника Шаблон UI");
		mvc.perform(post("/w/{ws}/plans", company.id()).with(user(company.owner())).with(csrf())
			.param("template", "standard").param("title", "План на 2027").param("startDate", "2027-01-01")
			.param("leadId", company.ownerMember().personId().toString()))
			.andExpect(redirectedUrlPattern("/w/" + company.id() + "/plans/*"));
		ServicePlan plan = in(company, () -> plans.all().get(0));
		assertThat(plan.period().end()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(plan.checkpoints()).hasSize(4);
		String page = editor(company, plan.id(), company.owner());
		assertThat(page).contains("План на 2027", "Блок: Обратная связь", "Наладить регулярный сбор обратной связи",
				"data-task-id=\"" + plan.tasks().get(0).id() + "\"", "id=\"readiness\"");
		mvc.perform(get("/w/{ws}/plans", company.id()).with(user(company.owner())))
			.andExpect(content().string(allOf(containsString("План на 2027"), containsString("id=\"new-plan\""),
					containsString("template-standard"))));
	}

	@Test
	void createsAnEmptyPlanForOneYear() throws Exception {
		var company = companies.company("Клиника Пустой план");
		mvc.perform(post("/w/{ws}/plans", company.id()).with(user(company.owner())).with(csrf())
			.param("template", "").param("title", "С чистого листа").param("startDate", "2027-03-01"))
			.andExpect(redirectedUrlPattern("/w/" + company.id() + "/plans/*"));
		ServicePlan plan = in(company, () -> plans.all().get(0));
		assertThat(plan.tasks()).isEmpty();
		assertThat(plan.period().end()).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void newPlanWithoutTitleOrDateIsRefusedNextToTheField() throws Exception {
		var company = companies.company("Клиника Без даты");
		mvc.perform(post("/w/{ws}/plans", company.id()).with(user(company.owner())).with(csrf())
			.param("template", "standard").param("title", "План").param("startDate", "не дата"))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanController.LIST))
			.andExpect(content().string(containsString("Введите дату.")));
		assertThat(in(company, () -> plans.all())).isEmpty();
	}

	@Test
	void addsATaskInPlaceAndRefreshesTablesAndReadiness() throws Exception {
		var company = companies.company("Клиника htmx");
		Member owner = company.ownerMember();
		var helper = company.join(Role.EMPLOYEE);
		var colleague = company.join(Role.SERVICE_HEAD);
		UUID helperId = companies.member(company.id(), helper).personId();
		UUID colleagueId = companies.member(company.id(), colleague).personId();
		var ids = in(company, () -> {
			ServicePlan plan = plans.create(owner, "План", null, PlanPeriod.oneYearFrom(START), owner.personId(),
					Set.of());
			return List.of(plan.id(), plans.addGoal(plan.id(), "Цель", null).id());
		});
		mvc.perform(get("/w/{ws}/plans/{p}/tasks/new", company.id(), ids.get(0)).param("goalId", ids.get(1).toString())
			.header("HX-Request", "true").with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanTaskController.FORM))
			.andExpect(content().string(allOf(containsString("id=\"task-form\""), not(containsString("<html")))));
		String fragment = mvc.perform(post("/w/{ws}/plans/{p}/tasks", company.id(), ids.get(0))
			.header("HX-Request", "true").with(user(company.owner())).with(csrf())
			.param("goalId", ids.get(1).toString()).param("block", "Технологии").param("title", "Внедрить CRM")
			.param("responsibleId", owner.personId().toString()).param("startDate", "2027-02-01")
			.param("coExecutorIds", helperId.toString(), colleagueId.toString())
			.param("dueDate", "2027-06-30").param("expectedResult", "Все обращения в CRM")
			.param("budgetAmount", "120000").param("budgetCurrency", "RUB").param("budgetSource", "Инвестиции")
			.param("status", "PLANNED").param("priority", "HIGH").param("kind", "SOFTWARE_ROLLOUT"))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanTaskController.REFRESHED))
			.andReturn().getResponse().getContentAsString();
		PlanTask task = in(company, () -> plans.plan(ids.get(0)).tasks().get(0));
		assertThat(task.budgetSource()).isEqualTo("Инвестиции");
		assertThat(task.coExecutorIds()).containsExactlyInAnyOrder(helperId, colleagueId);
		assertThat(fragment).contains("Задача «Внедрить CRM» добавлена.", "hx-swap-oob=\"innerHTML:#plan-tasks\"",
				"hx-swap-oob=\"innerHTML:#readiness\"", "data-task-id=\"" + task.id() + "\"",
				"data-part=\"TASKS_BY_BLOCK\" data-present=\"true\"");
		assertThat(fragment).contains("data-part=\"REPORTING_FORMAT\" data-present=\"false\"",
				"href=\"#task-" + task.id() + "\"");
	}

	@Test
	void taskWithDueBeforeStartIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		var company = companies.company("Клиника Сроки");
		ServicePlan plan = readyPlan(company);
		UUID goal = plan.goals().get(0).id();
		mvc.perform(post("/w/{ws}/plans/{p}/tasks", company.id(), plan.id()).header("HX-Request", "true")
			.with(user(company.owner())).with(csrf()).param("goalId", goal.toString()).param("block", "Персонал")
			.param("title", "Задача").param("responsibleId", company.ownerMember().personId().toString())
			.param("startDate", "2027-05-01").param("dueDate", "2027-04-01").param("budgetAmount", "сто"))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanTaskController.FORM))
			.andExpect(content().string(containsString("Введите число")));
		mvc.perform(post("/w/{ws}/plans/{p}/tasks", company.id(), plan.id()).header("HX-Request", "true")
			.with(user(company.owner())).with(csrf()).param("goalId", goal.toString()).param("block", "Персонал")
			.param("title", "Задача").param("responsibleId", company.ownerMember().personId().toString())
			.param("startDate", "2027-05-01").param("dueDate", "2027-04-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Срок не может быть раньше даты начала.")));
		assertThat(in(company, () -> plans.plan(plan.id()).tasks())).hasSize(1);
	}

	@Test
	void readinessPanelShowsWhatIsMissingThenEveryPartPresent() throws Exception {
		var company = companies.company("Клиника Готовность");
		Member owner = company.ownerMember();
		UUID planId = in(company, () -> plans.create(owner, "Черновик", null, PlanPeriod.oneYearFrom(START), null,
				Set.of()).id());
		String page = editor(company, planId, company.owner());
		assertThat(page).contains("data-part=\"INTRODUCTION\" data-present=\"false\"",
				"Напишите введение: обоснование, зачем компании этот план.", "href=\"#introduction\"",
				"data-part=\"PERIOD_AND_CHECKPOINTS\" data-present=\"false\"", "href=\"#checkpoints\"",
				"id=\"submit-plan\" type=\"submit\" aria-describedby=\"submit-reason\" disabled=\"disabled\"",
				"id=\"submit-reason\"");

		ServicePlan ready = readyPlan(company);
		String readyPage = editor(company, ready.id(), company.owner());
		for (String part : List.of("INTRODUCTION", "RESPONSIBLES", "PERIOD_AND_CHECKPOINTS", "GLOBAL_TASKS",
				"TASKS_BY_BLOCK", "RESULT_PER_TASK", "REPORTING_FORMAT", "BUDGET_WITH_SOURCE")) {
			assertThat(readyPage).contains("data-part=\"" + part + "\" data-present=\"true\"");
		}
		assertThat(readyPage).contains("Готовность: 8 из 8 разделов").contains("id=\"submit-plan\" type=\"submit\">")
			.doesNotContain("id=\"submit-reason\"");
	}

	@Test
	void submittingAnIncompletePlanIsRefusedWithTheMissingParts() throws Exception {
		var company = companies.company("Клиника Отказ");
		Member owner = company.ownerMember();
		UUID planId = in(company, () -> plans.create(owner, "Неполный", "Введение", PlanPeriod.oneYearFrom(START),
				owner.personId(), Set.of()).id());
		var refused = mvc.perform(post("/w/{ws}/plans/{p}/submit", company.id(), planId).with(user(company.owner()))
			.with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/plans/" + planId))
			.andExpect(flash().attribute("flashError", "plan.notReady"))
			.andExpect(flash().attribute("refusedParts", List.of("PERIOD_AND_CHECKPOINTS", "GLOBAL_TASKS",
					"TASKS_BY_BLOCK", "RESULT_PER_TASK", "REPORTING_FORMAT", "BUDGET_WITH_SOURCE")))
			.andReturn();
		// the flash lives in the shared session, found again by its cookie
		mvc.perform(get("/w/{ws}/plans/{p}", company.id(), planId).cookie(refused.getResponse().getCookies())
			.with(user(company.owner())))
			.andExpect(content().string(allOf(
					containsString("План нельзя отправить на утверждение: не заполнены обязательные разделы."),
					containsString("data-part=\"GLOBAL_TASKS\" data-present=\"false\" data-refused=\"true\""))));
		assertThat(in(company, () -> plans.plan(planId).status())).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void theOwnerApprovesASubmittedPlanAndTheApprovalShows() throws Exception {
		var company = companies.company("Клиника Утверждение");
		var head = company.join(Role.SERVICE_HEAD);
		ServicePlan plan = readyPlan(company);
		mvc.perform(post("/w/{ws}/plans/{p}/submit", company.id(), plan.id()).with(user(head)).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.flash.submitted"));
		assertThat(editor(company, plan.id(), head)).doesNotContain("id=\"approve-plan\"");
		mvc.perform(post("/w/{ws}/plans/{p}/approve", company.id(), plan.id()).with(user(head)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(editor(company, plan.id(), company.owner())).contains("id=\"approve-plan\"");
		mvc.perform(post("/w/{ws}/plans/{p}/approve", company.id(), plan.id()).with(user(company.owner())).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.flash.approved"));
		ServicePlan approved = in(company, () -> plans.plan(plan.id()));
		assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(editor(company, plan.id(), head)).contains("id=\"plan-approval\"",
				company.ownerMember().name(), "id=\"close-plan\"");
	}

	@Test
	void anEmployeeReadsThePlanWithoutEditControlsAndMayNotEdit() throws Exception {
		var company = companies.company("Клиника Сотрудник");
		var employee = company.join(Role.EMPLOYEE);
		ServicePlan plan = readyPlan(company);
		PlanTask task = plan.tasks().get(0);
		String page = editor(company, plan.id(), employee);
		assertThat(page).contains("Обучить администраторов").doesNotContain("id=\"add-goal\"", "id=\"submit-plan\"",
				"id=\"edit-header\"", "data-sortable=\"true\"", "/tasks/new");
		assertThat(mvc.perform(get("/w/{ws}/plans", company.id()).with(user(employee)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Сервисный план 2027").doesNotContain("id=\"new-plan\"");
		mvc.perform(get("/w/{ws}/plans/{p}/tasks/{t}", company.id(), plan.id(), task.id()).with(user(employee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ежемесячный отчёт руководителю сервиса"),
					not(containsString("id=\"task-form\"")))));
		mvc.perform(post("/w/{ws}/plans/{p}/tasks/{t}", company.id(), plan.id(), task.id()).with(user(employee))
			.with(csrf()).param("title", "Взлом"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/w/{ws}/plans", company.id()).with(user(employee)).with(csrf()).param("title", "Мой план"))
			.andExpect(status().isForbidden());
		assertThat(in(company, () -> plans.plan(plan.id()).task(task.id()).title())).isEqualTo("Обучить администраторов");
	}

	@Test
	void aStaleSaveShowsTheOtherVersionAndKeepsWhatWasTyped() throws Exception {
		var company = companies.company("Клиника Конфликт");
		ServicePlan plan = readyPlan(company);
		PlanTask task = plan.tasks().get(0);
		Member owner = company.ownerMember();
		in(company, () -> plans.changeTask(owner, plan.id(), task.id(),
				task(task.goalId(), "Персонал", "Обучить всех администраторов", owner.personId()), task.version()));
		long current = in(company, () -> plans.plan(plan.id()).task(task.id()).version());
		assertThat(current).isGreaterThan(task.version());
		mvc.perform(post("/w/{ws}/plans/{p}/tasks/{t}", company.id(), plan.id(), task.id())
			.header("HX-Request", "true").with(user(company.owner())).with(csrf())
			.param("version", String.valueOf(task.version())).param("goalId", task.goalId().toString())
			.param("block", "Персонал").param("title", "Мой вариант названия")
			.param("responsibleId", owner.personId().toString()).param("startDate", "2027-01-11")
			.param("dueDate", "2027-04-01").param("status", "PLANNED"))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanTaskController.FORM))
			.andExpect(content().string(allOf(
					containsString("Пока вы редактировали, задачу изменил кто-то другой."),
					containsString("value=\"Мой вариант названия\""),
					containsString("id=\"their-version\""), containsString("Обучить всех администраторов"),
					containsString("name=\"version\" value=\"" + current + "\""))));
		assertThat(in(company, () -> plans.plan(plan.id()).task(task.id()).title()))
			.isEqualTo("Обучить всех администраторов");
		mvc.perform(post("/w/{ws}/plans/{p}/tasks/{t}", company.id(), plan.id(), task.id())
			.cookie(new Cookie("serviceplan-lang", "en")).with(user(company.owner())).with(csrf())
			.param("version", String.valueOf(task.version())).param("goalId", task.goalId().toString())
			.param("block", "Персонал").param("title", "My own title")
			.param("responsibleId", owner.personId().toString()).param("startDate", "2027-01-11")
			.param("dueDate", "2027-04-01"))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanTaskController.PAGE))
			.andExpect(content().string(allOf(containsString("Someone changed this task meanwhile."),
					containsString("value=\"My own title\""))));
	}

	@Test
	void reordersTasksWithinABlockByDragAndDropAndByButtons() throws Exception {
		var company = companies.company("Клиника Порядок");
		ServicePlan plan = readyPlan(company);
		Member owner = company.ownerMember();
		UUID goal = plan.goals().get(0).id();
		UUID first = plan.tasks().get(0).id();
		UUID second = in(company,
				() -> plans.addTask(owner, plan.id(), task(goal, "Персонал", "Второе", owner.personId())).id());
		UUID third = in(company,
				() -> plans.addTask(owner, plan.id(), task(goal, "Персонал", "Третье", owner.personId())).id());
		mvc.perform(post("/w/{ws}/plans/{p}/tasks/{t}/move", company.id(), plan.id(), third)
			.header("HX-Request", "true").with(user(company.owner())).with(csrf())
			.param("order", third + "," + first + "," + second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Задача «Третье» перемещена.")));
		assertThat(order(company, plan.id())).containsExactly(third, first, second);
		mvc.perform(post("/w/{ws}/plans/{p}/tasks/{t}/move", company.id(), plan.id(), second)
			.with(user(company.owner())).with(csrf()).param("direction", "up"))
			.andExpect(redirectedUrl("/w/" + company.id() + "/plans/" + plan.id() + "#task-" + second));
		assertThat(order(company, plan.id())).containsExactly(third, second, first);
	}

	List<UUID> order(Company company, UUID planId) {
		return in(company, () -> plans.plan(planId).tasks().stream()
			.sorted(java.util.Comparator.comparingInt(PlanTask::position)).map(PlanTask::id).toList());
	}

	@Test
	void theIntroductionRendersListsAndEscapesScripts() throws Exception {
		var company = companies.company("Клиника Markdown");
		ServicePlan plan = readyPlan(company);
		mvc.perform(post("/w/{ws}/plans/{p}", company.id(), plan.id()).with(user(company.owner())).with(csrf())
			.param("version", String.valueOf(plan.version())).param("title", plan.title())
			.param("startDate", "2027-01-01").param("endDate", "2027-12-31")
			.param("leadId", plan.leadId().toString()).param("authorIds", company.ownerMember().personId().toString())
			.param("introduction", "Зачем:\n\n- удержать клиентов\n- **повысить** NPS\n\n<script>alert('x')</script>"))
			.andExpect(redirectedUrl("/w/" + company.id() + "/plans/" + plan.id() + "#plan-header"));
		String page = editor(company, plan.id(), company.owner());
		assertThat(page).contains("<li>удержать клиентов</li>", "<strong>повысить</strong>",
				"&lt;script&gt;alert").doesNotContain("<script>alert");
	}

	@Test
	void aShortPeriodAndDistantCheckpointsShowWarnings() throws Exception {
		var company = companies.company("Клиника Предупреждения");
		Member owner = company.ownerMember();
		UUID planId = in(company, () -> {
			ServicePlan plan = plans.create(owner, "Полгода", null, new PlanPeriod(START, LocalDate.of(2027, 6, 30)),
					owner.personId(), Set.of());
			plans.addCheckpoint(plan.id(), LocalDate.of(2027, 1, 15), "Старт");
			plans.addCheckpoint(plan.id(), LocalDate.of(2027, 6, 25), "Финиш");
			return plan.id();
		});
		assertThat(editor(company, planId, company.owner())).contains("data-warning=\"plan.period.recommendYear\"",
				"data-warning=\"plan.checkpoints.farApart\"");
	}

	@Test
	void aCheckpointOutsideThePeriodIsRefusedNextToTheDate() throws Exception {
		var company = companies.company("Клиника Точки");
		ServicePlan plan = readyPlan(company);
		mvc.perform(post("/w/{ws}/plans/{p}/checkpoints", company.id(), plan.id()).with(user(company.owner()))
			.with(csrf()).param("date", "2029-01-01").param("title", "Поздно"))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanController.EDITOR))
			.andExpect(content().string(containsString("field-error")));
		assertThat(in(company, () -> plans.plan(plan.id()).checkpoints())).hasSize(1);
	}

	@Test
	void aPlanIsClosedWithASummaryCopiedToNextYearAndTheDraftCopyDeleted() throws Exception {
		var company = companies.company("Клиника Жизненный цикл");
		ServicePlan plan = readyPlan(company);
		Member owner = company.ownerMember();
		in(company, () -> plans.approve(owner, plans.submit(owner, plan.id()).id()));
		mvc.perform(post("/w/{ws}/plans/{p}/close", company.id(), plan.id()).with(user(company.owner())).with(csrf())
			.param("summary", " "))
			.andExpect(status().isOk())
			.andExpect(view().name(PlanController.EDITOR))
			.andExpect(content().string(containsString("Поле обязательно для заполнения.")));
		mvc.perform(post("/w/{ws}/plans/{p}/close", company.id(), plan.id()).with(user(company.owner())).with(csrf())
			.param("summary", "- NPS вырос до 52"))
			.andExpect(flash().attribute("flash", "plan.flash.closed"));
		assertThat(editor(company, plan.id(), company.owner())).contains("<li>NPS вырос до 52</li>", "id=\"copy-plan\"")
			.doesNotContain("id=\"delete-plan\"");
		mvc.perform(post("/w/{ws}/plans/{p}/delete", company.id(), plan.id()).with(user(company.owner())).with(csrf()))
			.andExpect(flash().attribute("flashError", "plan.wrongState"));
		mvc.perform(post("/w/{ws}/plans/{p}/template", company.id(), plan.id()).with(user(company.owner())).with(csrf())
			.param("name", "Наш годовой план"))
			.andExpect(flash().attribute("flash", "plan.flash.templateSaved"));
		assertThat(in(company, () -> plans.templates())).extracting(t -> t.name()).contains("Наш годовой план");
		mvc.perform(post("/w/{ws}/plans/{p}/copy", company.id(), plan.id()).with(user(company.owner())).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.flash.copied"));
		ServicePlan copy = in(company, () -> plans.all().stream().filter(p -> !p.id().equals(plan.id())).findFirst()
			.orElseThrow());
		assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(copy.period().start()).isEqualTo(START.plusYears(1));
		mvc.perform(post("/w/{ws}/plans/{p}/delete", company.id(), copy.id()).with(user(company.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/plans"));
		assertThat(in(company, () -> plans.all())).extracting(ServicePlan::id).containsExactly(plan.id());
	}
}
