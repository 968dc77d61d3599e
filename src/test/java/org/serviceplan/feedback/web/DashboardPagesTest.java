package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.NewAnswer;
import org.serviceplan.feedback.internal.customer.Customers;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DashboardPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Feedback feedback;
	@Autowired
	Journeys journeys;
	@Autowired
	Customers customers;
	@Autowired
	ServicePlans plans;

	/** {@code count} answers of a metric yesterday, all with the same score, segment and comment. */
	void answers(Company company, Metric metric, int count, int score, UUID touchpointId, String segment,
			String comment) {
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
		List<NewAnswer> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			answers.add(new NewAnswer(company.id(), metric, score, yesterday, touchpointId, "offline", segment, null,
					comment, null, null));
		}
		var report = feedback.ingest(company.id(), answers.iterator(), Locale.ROOT);
		assertThat(report.rejected()).isEmpty();
	}

	Document page(Company company, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(company.owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void showsEachFigureWithItsSampleIntervalChangeAndDefinition() throws Exception {
		var company = companies.company("Клиника Дашборд");
		answers(company, Metric.NPS, 28, 10, null, "Постоянные пациенты", null);
		answers(company, Metric.NPS, 12, 3, null, "Постоянные пациенты", "Долго ждал в регистратуре");
		answers(company, Metric.NPS, 3, 9, null, "VIP", null);

		Document page = page(company, "/w/" + company.id() + "/feedback");

		var nps = page.getElementById("metric-NPS");
		// 31 promoters, 12 detractors of 43: 72.1% − 27.9% = 44.2
		assertThat(nps.select(".figure").text()).isEqualTo("44,2");
		assertThat(nps.select(".n").text()).isEqualTo("n = 43");
		assertThat(nps.select(".ci").text()).startsWith("95% ДИ");
		assertThat(nps.select("a.figure").attr("href")).endsWith("/metrics/definitions#nps");
		assertThat(nps.select(".change").text()).contains("Не с чем сравнить");
		assertThat(page.getElementById("metric-CSAT").hasClass("faint")).isTrue();
		// a segment of three answers is shown, greyed, never hidden
		assertThat(page.select("#by-segment tr.faint").text()).contains("VIP");
		assertThat(page.select("#by-segment tr:not(.faint)").text()).contains("Постоянные пациенты");
		assertThat(page.select("#comment-list .comment").text()).contains("Долго ждал в регистратуре");
		assertThat(page.select(".trend svg .ci-band")).isNotEmpty();
	}

	@Test
	void commentsNarrowByWordsAndScore() throws Exception {
		var company = companies.company("Клиника Комментарии");
		answers(company, Metric.CSAT, 2, 5, null, null, "Очень вежливый администратор");
		answers(company, Metric.CSAT, 2, 1, null, null, "Грубый тон в регистратуре");

		String fragment = mvc.perform(get("/w/{ws}/feedback/comments", company.id()).header("HX-Request", "true")
			.param("text", "ГРУБЫЙ").param("maxScore", "2").with(user(company.owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Jsoup.parse(fragment).select(".comment")).hasSize(2)
			.allSatisfy(c -> assertThat(c.text()).contains("Грубый тон"));
	}

	@Test
	void heatMapColoursTouchpointsByTheMetricAndGreysThinOnes() throws Exception {
		var company = companies.company("Клиника Тепловая карта");
		var ids = TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Визит", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Визит");
			var greeting = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Приветствие", Channel.OFFLINE));
			var payment = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Оплата", Channel.OFFLINE));
			return List.of(journey.id(), greeting.id(), payment.id());
		});
		answers(company, Metric.NPS, 40, 10, ids.get(1), null, null);
		answers(company, Metric.NPS, 5, 2, ids.get(2), null, null);

		Document page = page(company, "/w/" + company.id() + "/feedback/journeys/" + ids.get(0) + "/heat?metric=NPS");

		var greeting = page.selectFirst("g.touchpoint[data-id=" + ids.get(1) + "]");
		assertThat(greeting.attr("data-heat")).isEqualTo("measured");
		assertThat(greeting.select(".touchpoint-heat").text()).isEqualTo("NPS 100 · n = 40");
		assertThat(greeting.selectFirst(".heat-stripe").attr("fill")).isEqualTo("#188038");
		var payment = page.selectFirst("g.touchpoint[data-id=" + ids.get(2) + "]");
		assertThat(payment.attr("data-heat")).isEqualTo("faint");
		assertThat(payment.select(".touchpoint-heat").text()).contains("n = 5", "мало ответов");
	}

	@Test
	void customerTableIsTakenAllOrNothingWithAnErrorReport() throws Exception {
		var company = companies.company("Клиника Клиенты");
		byte[] broken = "ref;firstPurchase;lastPurchase;revenue\nP-1;01.02.2025;01.03.2026;1000\nP-2;вчера;01.03.2026;10\n"
			.getBytes(Charset.forName("windows-1251"));

		var refused = mvc.perform(multipart("/w/{ws}/feedback/customers/import", company.id())
			.file(new MockMultipartFile("file", "клиенты.csv", "text/csv", broken)).param("encoding", "AUTO")
			.with(user(company.owner())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse();
		String failed = refused.getContentAsString();
		// the refused lines wait in the (JDBC-backed) session for the CSV report
		Cookie session = refused.getCookie("SESSION");

		assertThat(Jsoup.parse(failed).select("#import-errors tbody tr").text()).contains("3", "firstPurchase",
				"«вчера» — не дата");
		assertThat(TenantContext.inWorkspace(company.id(), () -> customers.count())).isZero();
		String report = mvc.perform(get("/w/{ws}/feedback/import/errors.csv", company.id()).cookie(session)
			.with(user(company.owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("Строка,Поле,Ошибка", "3,firstPurchase,«вчера» — не дата");

		byte[] good = "ref,segment,firstPurchase,lastPurchase,revenue\nP-1,VIP,2025-02-01,2026-03-01,1000\n"
			.getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/w/{ws}/feedback/customers/import", company.id())
			.file(new MockMultipartFile("file", "customers.csv", "text/csv", good)).with(user(company.owner()))
			.with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/feedback/customers"));
		assertThat(TenantContext.inWorkspace(company.id(), () -> customers.count())).isEqualTo(1);
		assertThat(page(company, "/w/" + company.id() + "/feedback/customers").getElementById("ltv-revenue").text())
			.isEqualTo("1 000,00");
	}

	@Test
	void answersUploadFromAWorkbookStoresGoodRowsAndReportsBadOnes() throws Exception {
		var company = companies.company("Клиника Загрузка");
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			var sheet = book.createSheet();
			String[][] rows = { { "metric", "score", "answeredAt", "comment" },
					{ "NPS", "10", "2026-03-01T10:00:00+03:00", "Всё отлично" },
					{ "NPS", "11", "2026-03-01T11:00:00+03:00", "" }, { "CSAT", "4", "2026-03-02T09:30:00+03:00", "" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (r > 0 && c == 1) {
						row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
					}
					else {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			book.write(workbook);
		}

		Cookie session = mvc.perform(multipart("/w/{ws}/feedback/upload", company.id())
			.file(new MockMultipartFile("file", "ответы.xlsx", "application/octet-stream", workbook.toByteArray()))
			.with(user(company.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/feedback/upload/result"))
			.andReturn().getResponse().getCookie("SESSION");
		Document result = Jsoup.parse(mvc.perform(get("/w/{ws}/feedback/upload/result", company.id()).cookie(session)
			.with(user(company.owner()))).andReturn().getResponse().getContentAsString());

		assertThat(result.getElementById("upload-accepted").text()).isEqualTo("2");
		assertThat(result.getElementById("upload-rejected").text()).isEqualTo("1");
		assertThat(result.select("#import-errors tbody tr").text()).startsWith("3 score");
		String report = mvc.perform(get("/w/{ws}/feedback/upload/errors.csv", company.id()).cookie(session)
			.with(user(company.owner()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report.lines().toList()).hasSize(2).last().asString().startsWith("3,score,");
	}

	@Test
	void planTaskNamesATargetAndShowsItsLiveProgress() throws Exception {
		var company = companies.company("Клиника Цели");
		answers(company, Metric.NPS, 40, 10, null, null, null);
		mvc.perform(post("/w/{ws}/feedback/targets", company.id()).param("metric", "NPS")
			.param("comparison", "AT_LEAST").param("value", "50").param("dueDate", LocalDate.now().plusMonths(3).toString())
			.with(user(company.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document dashboard = page(company, "/w/" + company.id() + "/feedback");
		assertThat(dashboard.select("#targets .target").attr("data-status")).isEqualTo("REACHED");
		assertThat(dashboard.select("#targets .target").text()).contains("NPS ≥ 50", "сейчас 100", "n = 40");
		UUID targetId = UUID.fromString(dashboard.selectFirst("#targets .target").id().substring("target-".length()));

		var owner = company.ownerMember();
		var ids = TenantContext.inWorkspace(company.id(), () -> {
			LocalDate start = LocalDate.now().withDayOfMonth(1);
			var plan = plans.create(owner, "План", null, PlanPeriod.oneYearFrom(start), owner.personId(), Set.of());
			var goal = plans.addGoal(plan.id(), "Лояльность", null);
			var task = plans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Персонал", "Обучить", null,
					owner.personId(), Set.of(), start, start.plusMonths(2), "NPS вырос", null, null, null, null, null,
					null, null, TaskStatus.PLANNED, Priority.MEDIUM, TaskKind.TRAINING));
			return List.of(plan.id(), task.id());
		});
		Document form = page(company, "/w/" + company.id() + "/plans/" + ids.get(0) + "/tasks/" + ids.get(1));
		assertThat(form.select("#task-result-target option[value=" + targetId + "]").text()).contains("NPS ≥ 50",
				"сейчас 100", "достигнута");

		var task = TenantContext.inWorkspace(company.id(), () -> plans.plan(ids.get(0)).task(ids.get(1)));
		mvc.perform(post("/w/{ws}/plans/{p}/tasks/{t}", company.id(), ids.get(0), ids.get(1))
			.param("goalId", task.goalId().toString()).param("block", task.block()).param("title", task.title())
			.param("responsibleId", task.responsibleId().toString()).param("startDate", task.startDate().toString())
			.param("dueDate", task.dueDate().toString()).param("status", "PLANNED").param("priority", "MEDIUM")
			.param("kind", "TRAINING").param("version", String.valueOf(task.version()))
			.param("targetId", targetId.toString()).with(user(company.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		Document taskPage = page(company, "/w/" + company.id() + "/plans/" + ids.get(0) + "/tasks/" + ids.get(1));
		assertThat(taskPage.select(".result-target").text()).contains("NPS ≥ 50", "сейчас 100 (95% ДИ", "n = 40");
		assertThat(taskPage.select(".result-target a").attr("href")).endsWith("/feedback#target-" + targetId);
	}
}
