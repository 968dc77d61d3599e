package org.serviceplan.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import static org.serviceplan.ApiRequests.apiGet;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.account.Accounts;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.PlanTaskIntake.OriginTask;
import org.serviceplan.session.SessionResults.RankedIdea;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic has one finished strategic session whose winners became tasks of its running plan. */
@SpringBootTest(properties = { "serviceplan.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo-session;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoSessionTest {

	static final String PROTOCOL = "/api/v1/workspaces/{ws}/sessions/{sessionId}/protocol";

	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	Workspaces workspaces;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	PlanTaskIntake intake;

	@Test
	void theDemoClinicHasAFinishedSessionWhoseWinnersAreTasksOfItsPlan() {
		var owner = accounts.findByEmail(Demo.OWNER_EMAIL).orElseThrow();
		UUID clinic = workspaces.of(owner.id()).stream().filter(w -> w.name().equals("Клиника «Здоровье»")).findFirst()
			.orElseThrow().id();
		TenantContext.inWorkspace(clinic, () -> {
			assertThat(sessions.all()).hasSize(1);
			var session = sessions.all().get(0);
			assertThat(session.title()).isEqualTo("Стратегическая сессия: визит пациента");
			assertThat(session.status()).isEqualTo(SessionStatus.CLOSED);
			assertThat(session.voting()).isEqualTo(VotingState.CLOSED);
			assertThat(session.resultsRevealed()).isTrue();
			assertThat(sessions.participants(session.id())).hasSize(6)
				.anySatisfy(p -> assertThat(p.name()).isEqualTo("Мария, пациентка"));
			assertThat(sessions.ideas(session.id())).hasSize(12);
			assertThat(sessions.ideas(session.id())).filteredOn(i -> i.painId() != null).hasSizeGreaterThanOrEqualTo(6);

			SessionResults results = sessions.results(session.id());
			RankedIdea quickWin = results.of(Nomination.QUICK_WIN).ideas().get(0);
			assertThat(quickWin.text()).isEqualTo("Сообщать пациенту, если врач задерживается больше 10 минут");
			assertThat(quickWin.points()).isEqualTo(11);
			assertThat(quickWin.voters()).isEqualTo(4);
			RankedIdea important = results.of(Nomination.IMPORTANT).ideas().get(0);
			assertThat(important.text()).isEqualTo("Связать расписание на сайте с МИС, чтобы окна совпадали");
			assertThat(important.points()).isEqualTo(10);

			assertThat(intake.tasksFromSession(session.id())).extracting(OriginTask::taskTitle).containsExactly(
					"Сообщать пациенту, если врач задерживается больше 10 минут",
					"Присылать договор и согласие на подпись в мессенджер до визита",
					"Перезванивать всем пропущенным в часы пик в течение 15 минут",
					"Связать расписание на сайте с МИС, чтобы окна совпадали");
			assertThat(intake.tasksFromSession(session.id())).extracting(OriginTask::block)
				.containsExactly("Быстрые победы", "Быстрые победы", "Быстрые победы", "Важные результаты");
			assertThat(intake.tasksFromSession(session.id())).allSatisfy(task -> {
				assertThat(task.planTitle()).isEqualTo("Сервисный план клиники на год");
				assertThat(task.origin().touchpointId()).isNotNull();
				assertThat(task.origin().painId()).isNotNull();
			});
		});
	}

	@Test
	void theProtocolReadsBackFromPdfAndXlsxWithItsRussianTextsAndNumbers() throws Exception {
		var owner = accounts.findByEmail(Demo.OWNER_EMAIL).orElseThrow();
		UUID clinic = workspaces.of(owner.id()).stream().filter(w -> w.name().equals("Клиника «Здоровье»")).findFirst()
			.orElseThrow().id();
		UUID session = TenantContext.inWorkspace(clinic, () -> sessions.all().get(0).id());
		String token = accounts.issueToken(owner.id(), "protocol").token();

		byte[] pdf = mvc.perform(apiGet(token, PROTOCOL + ".pdf", clinic, session).accept("application/pdf")
			.header("Accept-Language", "ru"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("filename*=UTF-8''")))
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (var document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Протокол стратегической сессии «Стратегическая сессия: визит пациента»",
				"Клиника «Здоровье»", "Оксана Лебедева", "Визит пациента в клинику", "Мария, пациентка Гость",
				"Во время посещения — Ожидание приёма Как должно быть Сообщать пациенту, если врач задерживается больше 10 минут",
				"Рейтинг: Быстрые победы", "1 Сообщать пациенту, если врач задерживается больше 10 минут 11 4",
				"Рейтинг: Важные результаты", "1 Связать расписание на сайте с МИС, чтобы окна совпадали 10 4",
				"объединена с «Перезванивать всем пропущенным в часы пик в течение 15 минут»");

		byte[] xlsx = mvc.perform(apiGet(token, PROTOCOL + ".xlsx", clinic, session)
			.accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").header("Accept-Language", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet quickWins = book.getSheet("Быстрые победы");
			Row first = quickWins.getRow(1);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(1).getStringCellValue())
				.isEqualTo("Сообщать пациенту, если врач задерживается больше 10 минут");
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(11);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(book.getSheet("Участники").getPhysicalNumberOfRows()).isEqualTo(7);
			assertThat(book.getSheet("Идеи").getPhysicalNumberOfRows()).isEqualTo(13);
			Sheet votes = book.getSheet("Голоса");
			assertThat(votes.getPhysicalNumberOfRows()).isEqualTo(25);
			boolean found = false;
			for (Row row : votes) {
				if (row.getCell(0).getStringCellValue().equals("Мария, пациентка")
						&& row.getCell(2).getStringCellValue().equals("Быстрые победы")
						&& row.getCell(1).getStringCellValue().startsWith("Сообщать пациенту")) {
					assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3);
					found = true;
				}
			}
			assertThat(found).as("the guest's quick-win vote").isTrue();
		}
	}
}
