package org.serviceplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.CheckpointReport;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Control of a running plan in the browser's terms: figures on the control page, the timeline, reports with
 * files at a checkpoint, closing it, and each employee's own tasks.
 */
@IntegrationTest
class PlanControlPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;

	TestCompanies.Company clinic;
	CurrentUser lead;
	CurrentUser employee;
	CurrentUser colleague;
	UUID planId;
	Checkpoint past;
	Checkpoint future;
	PlanTask training;
	PlanTask crm;
	PlanTask scripts;
	PlanTask survey;

	/**
	 * A running plan: the employee has a training (on time) and a CRM task (overdue); the colleague finished the
	 * scripts; a survey starts later. At the past checkpoint the training and the scripts reported.
	 */
	@BeforeEach
	void runningPlan() {
		clinic = companies.company("Клиника Контроль " + UUID.randomUUID());
		lead = clinic.join(Role.SERVICE_HEAD);
		employee = clinic.join(Role.EMPLOYEE);
		colleague = clinic.join(Role.EMPLOYEE);
		Member owner = clinic.ownerMember();
		Member leadMember = member(lead);
		Member employeeMember = member(employee);
		Member colleagueMember = member(colleague);
		LocalDate today = LocalDate.now();
		LocalDate start = today.withDayOfMonth(1).minusMonths(3);
		TenantContext.inWorkspace(clinic.id(), () -> {
			var plan = plans.create(owner, "План сервиса", "Зачем: пациенты уходят.", PlanPeriod.oneYearFrom(start),
					leadMember.personId(), Set.of());
			planId = plan.id();
			past = plans.addCheckpoint(planId, today.minusDays(20), "Первая точка");
			future = plans.addCheckpoint(planId, today.plusMonths(2), "Вторая точка");
			var goal = plans.addGoal(planId, "Лояльность", null);
			training = task(owner, goal.id(), "Персонал", "Обучить администраторов", employeeMember.personId(), start,
					today.plusMonths(1), TaskStatus.IN_PROGRESS, "100000", "Собственный бюджет");
			crm = task(owner, goal.id(), "Технологии", "Доработать CRM", employeeMember.personId(), start,
					today.minusDays(5), TaskStatus.IN_PROGRESS, "50000", "Инвестиции");
			scripts = task(owner, goal.id(), "Персонал", "Скрипты колл-центра", colleagueMember.personId(), start,
					start.plusMonths(1), TaskStatus.DONE, "30000", "Собственный бюджет");
			survey = task(owner, goal.id(), "Обратная связь", "Опрос NPS", colleagueMember.personId(),
					today.plusMonths(1), today.plusMonths(2), TaskStatus.PLANNED, "0", null);
			plans.submit(owner, planId);
			plans.approve(owner, planId);
			plans.fileReport(employeeMember, planId, past.id(), training.id(),
					new CheckpointReport.ReportDetails(40, "Обучены 4 из 10", null, null, new BigDecimal("40000")), null);
			plans.fileReport(colleagueMember, planId, past.id(), scripts.id(),
					new CheckpointReport.ReportDetails(100, "Скрипты готовы", null, null, new BigDecimal("30000")), null);
		});
	}

	@Test
	void controlPageShowsProgressOverdueMissedReportsAndBudgetTotalsFromTheData() throws Exception {
		String page = mvc.perform(get("/w/{ws}/plans/{p}/control", clinic.id(), planId).with(user(lead)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("id=\"progress-done\">1 / 4<")
			.contains("id=\"overdue-count\">1<")
			.contains("id=\"missed-count\">1<")
			.contains("id=\"budget-spent\">70 000,00 ₽<")
			.contains("задач выполнено (25 %)")
			.contains("потрачено из 180 000,00 ₽ запланированных (38 %)");
		assertThat(section(page, "overdue-tasks")).contains("Доработать CRM").doesNotContain("Обучить администраторов");
		assertThat(section(page, "missed-reports")).contains("Первая точка", "Доработать CRM")
			.doesNotContain("Обучить администраторов");
		String byBlock = section(page, "budget-by-block");
		assertThat(byBlock).contains("Персонал", "130 000,00 ₽", "70 000,00 ₽", "60 000,00 ₽")
			.contains("Технологии", "50 000,00 ₽");
		assertThat(byBlock.substring(byBlock.indexOf("<tfoot>")))
			.contains("180 000,00 ₽", "70 000,00 ₽", "110 000,00 ₽");
		assertThat(section(page, "budget-by-source")).contains("Собственный бюджет", "Инвестиции", "Без источника");
		assertThat(section(page, "status-counts")).containsPattern("(?s)data-status=\"DONE\".*?<strong>1</strong>")
			.containsPattern("(?s)data-status=\"IN_PROGRESS\".*?<strong>2</strong>");
	}

	@Test
	void aDraftFromTheStandardTemplateShowsItsTimelineWithoutReportsOrSpending() throws Exception {
		UUID draft = TenantContext.inWorkspace(clinic.id(), () -> plans.createFromTemplate(clinic.ownerMember(), "standard",
				"Черновик", LocalDate.now().withDayOfMonth(1).plusMonths(1), null).id());
		int tasks = TenantContext.inWorkspace(clinic.id(), () -> plans.plan(draft).tasks().size());

		String page = mvc.perform(get("/w/{ws}/plans/{p}/control", clinic.id(), draft).with(user(lead)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(count(page, "<rect class=\"bar ")).isEqualTo(tasks);
		assertThat(page).contains("id=\"missed-count\">0<", "id=\"budget-spent\">0,00 ₽<", "Черновик")
			.doesNotContain("class=\"today-line\"");
	}

	@Test
	void timelineHasABarPerTaskALinePerCheckpointTodayAndATextAlternative() throws Exception {
		String page = mvc.perform(get("/w/{ws}/plans/{p}/control", clinic.id(), planId).with(user(employee)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		String svg = page.substring(page.indexOf("<svg id=\"timeline\""), page.indexOf("</svg>"));
		assertThat(count(svg, "<rect class=\"bar ")).isEqualTo(4);
		assertThat(count(svg, "class=\"checkpoint-line")).isEqualTo(2);
		assertThat(svg).contains("class=\"today-line\"", "<title id=\"timeline-title\"", "<desc id=\"timeline-desc\"",
				"data-task=\"" + crm.id() + "\"", "data-checkpoint=\"" + past.id() + "\"")
			.containsPattern("<rect class=\"bar status-IN_PROGRESS overdue\"[^>]*data-task=\"" + crm.id() + "\"");
		assertThat(section(page, "timeline-table")).contains("Доработать CRM", "Опрос NPS", "Просрочена");
	}

	@Test
	void employeeFilesAReportWithAFileAndDownloadsItBackUnchanged() throws Exception {
		byte[] bytes = new byte[70_000];
		new Random(7).nextBytes(bytes);
		mvc.perform(multipart("/w/{ws}/plans/{p}/checkpoints/{c}/reports", clinic.id(), planId, past.id())
			.file(new MockMultipartFile("attachments", "C:\\фото\\акт приёмки.jpg", "image/jpeg", bytes))
			.param("taskId", crm.id().toString())
			.param("progress", "30")
			.param("result", "Карточка пациента в тестовой среде")
			.param("deviation", "Подрядчик задержал интеграцию")
			.param("nextSteps", "Приёмка через две недели")
			.param("spent", "20000")
			.with(user(employee)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "plan.report.saved"));

		String page = mvc.perform(get("/w/{ws}/plans/{p}/checkpoints/{c}", clinic.id(), planId, past.id())
			.with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Карточка пациента в тестовой среде"),
					containsString("Подрядчик задержал интеграцию"), containsString("акт приёмки.jpg"),
					containsString("30 %"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("/w/" + clinic.id() + "/plans/" + planId + "/attachments/([0-9a-f-]{36})")
			.matcher(page);
		assertThat(link.find()).isTrue();

		byte[] downloaded = mvc.perform(get(link.group()).with(user(colleague)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Content-Disposition", containsString("attachment;")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%D0%B0%D0%BA%D1%82%20%D0%BF%D1%80%D0%B8%D1%91%D0%BC%D0%BA%D0%B8.jpg")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(bytes);

		// the control page now counts the CRM's spending and no longer misses its report
		mvc.perform(get("/w/{ws}/plans/{p}/control", clinic.id(), planId).with(user(lead)))
			.andExpect(content().string(allOf(containsString("id=\"budget-spent\">90 000,00 ₽<"),
					containsString("id=\"missed-count\">0<"))));
	}

	@Test
	void aFileIsTakenOffAReportOnlyByWhoMayFileIt() throws Exception {
		mvc.perform(multipart("/w/{ws}/plans/{p}/checkpoints/{c}/reports", clinic.id(), planId, past.id())
			.file(new MockMultipartFile("attachments", "не тот файл.xlsx", "application/vnd.ms-excel", new byte[] { 1, 2 }))
			.param("taskId", crm.id().toString())
			.param("progress", "30")
			.param("result", "Идёт")
			.with(user(employee)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/w/{ws}/plans/{p}/checkpoints/{c}", clinic.id(), planId, past.id())
			.with(user(employee)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("/w/" + clinic.id() + "/plans/" + planId + "/attachments/([0-9a-f-]{36})")
			.matcher(page);
		assertThat(link.find()).isTrue();

		mvc.perform(post(link.group() + "/delete").param("checkpointId", past.id().toString())
			.with(user(colleague)).with(csrf()))
			.andExpect(flash().attribute("flashError", "plan.report.notResponsible"));
		mvc.perform(get(link.group()).with(user(employee))).andExpect(status().isOk());

		mvc.perform(post(link.group() + "/delete").param("checkpointId", past.id().toString())
			.with(user(employee)).with(csrf()))
			.andExpect(flash().attribute("flash", "plan.attachment.removed"));
		mvc.perform(get(link.group()).with(user(employee))).andExpect(status().isNotFound());
	}

	@Test
	void aReportOnSomeoneElsesTaskIsRefusedWithTheReason() throws Exception {
		mvc.perform(multipart("/w/{ws}/plans/{p}/checkpoints/{c}/reports", clinic.id(), planId, past.id())
			.param("taskId", scripts.id().toString())
			.param("progress", "100")
			.param("result", "Я сделал за коллегу")
			.with(user(employee)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Отчёт по задаче «Скрипты колл-центра» подаёт её ответственный или ответственный за план.")))
			.andExpect(content().string(not(containsString("id=\"report-form\""))));
		assertThat(reportsAt(past)).filteredOn(r -> r.taskId().equals(scripts.id()))
			.extracting(CheckpointReport::result).containsExactly("Скрипты готовы");
	}

	@Test
	void aTooLargeFileRefusesTheWholeReportAndSavesNothing() throws Exception {
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		mvc.perform(multipart("/w/{ws}/plans/{p}/checkpoints/{c}/reports", clinic.id(), planId, past.id())
			.file(new MockMultipartFile("attachments", "small.txt", "text/plain", "ok".getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("attachments", "видео.mp4", "video/mp4", tooLarge))
			.param("taskId", crm.id().toString())
			.param("progress", "30")
			.param("result", "Видео с демонстрации")
			.with(user(employee)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Файл «видео.mp4» слишком большой: можно не больше 10 МБ.")))
			.andExpect(content().string(containsString("id=\"report-form\"")))
			.andExpect(content().string(containsString("Видео с демонстрации")));
		assertThat(reportsAt(past)).extracting(CheckpointReport::taskId).doesNotContain(crm.id());
	}

	@Test
	void theLeadClosesACheckpointWithACommentAndAnEmployeeCannot() throws Exception {
		mvc.perform(post("/w/{ws}/plans/{p}/checkpoints/{c}/close", clinic.id(), planId, past.id())
			.param("comment", "Закрываю сам")
			.with(user(employee)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "plan.checkpoint.onlyLeadCloses"));
		mvc.perform(get("/w/{ws}/plans/{p}/checkpoints/{c}", clinic.id(), planId, past.id()).with(user(employee)))
			.andExpect(content().string(allOf(not(containsString("id=\"close-form\"")), not(containsString("Закрываю сам")))));

		mvc.perform(get("/w/{ws}/plans/{p}/checkpoints/{c}", clinic.id(), planId, past.id()).with(user(lead)))
			.andExpect(content().string(allOf(containsString("id=\"close-form\""), containsString("id=\"not-reported\""),
					containsString("Доработать CRM"))));
		mvc.perform(post("/w/{ws}/plans/{p}/checkpoints/{c}/close", clinic.id(), planId, past.id())
			.param("comment", "CRM отстаёт: подрядчику срок до следующей точки.")
			.with(user(lead)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "plan.checkpoint.closed"));
		mvc.perform(get("/w/{ws}/plans/{p}/checkpoints/{c}", clinic.id(), planId, past.id()).with(user(employee)))
			.andExpect(content().string(allOf(containsString("CRM отстаёт: подрядчику срок до следующей точки."),
					containsString("Закрыта"), not(containsString("id=\"report-form\"")))));
	}

	@Test
	void myTasksListsOnlyMyOpenTasksAndTheReportsIOwe() throws Exception {
		String page = mvc.perform(get("/w/{ws}/my-tasks", clinic.id()).with(user(employee)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(section(page, "my-open-tasks")).contains("Обучить администраторов", "Доработать CRM", "Просрочена")
			.doesNotContain("Скрипты колл-центра", "Опрос NPS");
		String owed = section(page, "reports-owed");
		assertThat(owed).contains("Первая точка", "Доработать CRM", "task=" + crm.id())
			.doesNotContain("Обучить администраторов", "Вторая точка");

		mvc.perform(get("/w/{ws}/my-tasks", clinic.id()).with(user(colleague)))
			.andExpect(content().string(allOf(containsString("Опрос NPS"), not(containsString("Доработать CRM")))));
	}

	private PlanTask task(Member owner, UUID goalId, String block, String title, UUID responsible, LocalDate start,
			LocalDate due, TaskStatus status, String budget, String source) {
		return plans.addTask(owner, planId, new TaskDetails(goalId, block, title, null, responsible, Set.of(), start, due,
				"Результат", null, null, "Отчёт на точке", new BigDecimal(budget), null, source, null, status, null, null));
	}

	private List<CheckpointReport> reportsAt(Checkpoint checkpoint) {
		return TenantContext.inWorkspace(clinic.id(), () -> plans.reports(planId).stream()
			.filter(r -> r.checkpointId().equals(checkpoint.id()))
			.toList());
	}

	private Member member(CurrentUser user) {
		return companies.member(clinic.id(), user);
	}

	/** The element with this id, up to the end of the page: enough to tell which section a text is in. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element #%s", id).isNotNegative();
		int end = page.indexOf("</table>", start);
		int endOfList = page.indexOf("</ul>", start);
		int cut = end < 0 ? endOfList : endOfList < 0 ? end : Math.min(end, endOfList);
		return page.substring(start, cut < 0 ? page.length() : cut);
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}
}
