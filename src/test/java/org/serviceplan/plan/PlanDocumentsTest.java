package org.serviceplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceplan.ApiRequests;
import org.serviceplan.IntegrationTest;
import org.serviceplan.LibreOffice;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.Money;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The plan as a document on the owner's table: the PDF and the DOCX are read back with real parsers (PDFBox,
 * POI, and LibreOffice as an outside office suite) and must say what the plan says, in Russian or English.
 */
@IntegrationTest
class PlanDocumentsTest {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String TITLE = "Сервисный план «Клиника» на 2027 год";

	@RegisterExtension
	static LibreOffice libreOffice = new LibreOffice();

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;

	TestCompanies.Company clinic;
	String company;
	String ownerName;
	String employeeName;
	CurrentUser lead;
	UUID planId;

	@BeforeEach
	void approvedPlan() {
		company = "Клиника Документы " + UUID.randomUUID().toString().substring(0, 8);
		clinic = companies.company(company);
		lead = clinic.join(Role.SERVICE_HEAD);
		CurrentUser employee = clinic.join(Role.EMPLOYEE);
		Member owner = clinic.ownerMember();
		Member leadMember = companies.member(clinic.id(), lead);
		Member employeeMember = companies.member(clinic.id(), employee);
		ownerName = owner.name();
		employeeName = employeeMember.name();
		LocalDate start = LocalDate.of(2027, 1, 1);
		TenantContext.inWorkspace(clinic.id(), () -> {
			var plan = plans.create(owner, TITLE, """
					Пациенты уходят к конкурентам, потому что сервис **не стандартизирован**.

					- Снизить отток пациентов
					- Поднять NPS до 60

					1. Обучить персонал
					2. Внедрить CRM
					""", PlanPeriod.oneYearFrom(start), leadMember.personId(), Set.of());
			planId = plan.id();
			plans.addCheckpoint(planId, LocalDate.of(2027, 3, 31), "Итоги первого квартала");
			var goal = plans.addGoal(planId, "Лояльность пациентов", "Чтобы пациенты возвращались");
			task(owner, goal.id(), "Персонал", "Обучить администраторов", employeeMember.personId(), "100000",
					"Собственный бюджет", "Премия администраторам");
			task(owner, goal.id(), "Технологии", "Доработать CRM", leadMember.personId(), "50000", "Инвестиции", null);
			task(owner, goal.id(), "Персонал", "Скрипты колл-центра", employeeMember.personId(), "30000",
					"Собственный бюджет", null);
			plans.submit(owner, planId);
			plans.approve(owner, planId);
		});
	}

	@Test
	void pdfIsARussianDocumentWithEmbeddedCyrillicFont() throws Exception {
		MvcResult result = mvc.perform(get("/w/{ws}/plans/{p}/export.pdf", clinic.id(), planId).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"")
			.contains("filename*=UTF-8''%D0%A1%D0%B5%D1%80%D0%B2%D0%B8%D1%81%D0%BD%D1%8B%D0%B9")
			.endsWith(".pdf");

		byte[] content = result.getResponse().getContentAsByteArray();
		Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("plan-ru.pdf"), content);
		try (PDDocument pdf = Loader.loadPDF(content)) {
			String text = text(pdf);
			assertThat(text).contains(TITLE, company, "Сервисный план".toUpperCase(Locale.ROOT) + " ")
				.contains("Ответственный за внедрение", "Итоги первого квартала", "Лояльность пациентов")
				.contains("Обучить администраторов", employeeName, "Премия администраторам")
				.contains("Снизить отток пациентов", "Поднять NPS до 60")
				.contains("Итого " + rub("180000", "ru"), rub("130000", "ru"), rub("50000", "ru"))
				.contains("Утвердил: " + ownerName)
				.doesNotContain("#", "�", "??");
			assertThat(new PDFTextStripper().getText(pdf)).contains("₽");
			List<PDFont> fonts = fonts(pdf);
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getName()).as("Liberation Sans, or the rouble sign's stand-in")
					.matches("[A-Z]{6}\\+(LiberationSans|DejaVuSans)");
				assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
			});
			assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("+LiberationSans"));
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
		}
	}

	@Test
	void pdfFollowsTheReadersLanguage() throws Exception {
		byte[] content = mvc.perform(get("/w/{ws}/plans/{p}/export.pdf", clinic.id(), planId).with(user(lead))
				.cookie(new Cookie("serviceplan-lang", "en")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		try (PDDocument pdf = Loader.loadPDF(content)) {
			String text = text(pdf);
			assertThat(text).contains("SERVICE PLAN", TITLE, "Responsible people", "Tasks by block", "Global tasks")
				.contains("Approved by " + ownerName, "Total " + rub("180000", "en"), "Expected result")
				.doesNotContain("Задачи по блокам", "Итого", "Утвердил");
		}
	}

	@Test
	void docxHasHeadingsTaskTablesBudgetAndTheIntroductionAsWordLists() throws Exception {
		byte[] content = mvc.perform(get("/w/{ws}/plans/{p}/export.docx", clinic.id(), planId).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", DOCX))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"plan.docx\"; filename*=UTF-8''"
					+ java.net.URLEncoder.encode(TITLE, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
					+ ".docx"))
			.andReturn().getResponse().getContentAsByteArray();

		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
			assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getOrient())
				.as("wide task tables print landscape")
				.isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
			assertThat(docx.getStyles().styleExist("Heading1")).isTrue();
			assertThat(styled(docx, "Title")).containsExactly(TITLE);
			assertThat(styled(docx, "Heading1")).containsExactly("Введение", "Ответственные", "Контрольные точки",
					"Глобальные задачи", "Задачи по блокам", "Бюджет", "Утверждение");
			assertThat(styled(docx, "Heading2")).containsExactly("Персонал", "Технологии", "По блокам",
					"По источникам финансирования");
			assertThat(listItems(docx, "bullet")).containsExactly("Снизить отток пациентов", "Поднять NPS до 60");
			assertThat(listItems(docx, "decimal")).containsExactly("Обучить персонал", "Внедрить CRM");
			assertThat(docx.getParagraphs()).anySatisfy(p -> {
				assertThat(p.getText()).startsWith("Пациенты уходят к конкурентам");
				assertThat(p.getRuns()).anySatisfy(r -> {
					assertThat(r.text()).isEqualTo("не стандартизирован");
					assertThat(r.isBold()).isTrue();
				});
			});

			List<List<String>> personnel = rows(docx, "Задача").get(0);
			assertThat(personnel).hasSize(3);
			assertThat(personnel.get(0)).containsExactly("Задача", "Ответственный", "Сроки", "Ожидаемый результат",
					"Формат отчётности", "Бюджет", "Вознаграждение");
			assertThat(personnel.get(1)).containsExactly("Обучить администраторов\nЛояльность пациентов", employeeName,
					"01.02.2027 – 30.06.2027", "Отток ниже\nЦель: NPS 60", "Отчёт на точке",
					rub("100000", "ru") + "\nСобственный бюджет", "Премия администраторам");
			assertThat(personnel.get(2).get(0)).startsWith("Скрипты колл-центра");
			List<List<String>> technology = rows(docx, "Задача").get(1);
			assertThat(technology).hasSize(2);
			assertThat(technology.get(1).get(0)).startsWith("Доработать CRM");

			List<List<String>> byBlock = rows(docx, "Блок").get(0);
			assertThat(byBlock.get(byBlock.size() - 1)).containsExactly("Итого", rub("180000", "ru"));
			assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
				.anySatisfy(t -> assertThat(t).startsWith("Утвердил: " + ownerName));
		}
	}

	@Test
	void libreOfficeOpensTheDocxAndReadsTheRussianTitle() throws Exception {
		byte[] content = mvc.perform(get("/w/{ws}/plans/{p}/export.docx", clinic.id(), planId).with(user(lead)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Path file = Files.createDirectories(Path.of("target", "documents")).resolve("plan-" + planId + ".docx");
		Files.write(file, content);

		Path converted = libreOffice.convert(file, "pdf");

		try (PDDocument pdf = Loader.loadPDF(converted.toFile())) {
			assertThat(text(pdf)).contains(TITLE, "Задачи по блокам", "Итого", rub("180000", "ru"));
		}
	}

	@Test
	void apiServesBothFormatsAndRefusesAnUnknownOne() throws Exception {
		String token = companies.token(lead);
		mvc.perform(get("/api/v1/workspaces/{ws}/plans/{p}/document", clinic.id(), planId)
				.with(ApiRequests.bearer(token)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		byte[] docx = mvc.perform(get("/api/v1/workspaces/{ws}/plans/{p}/document", clinic.id(), planId)
				.param("format", "docx").with(ApiRequests.bearer(token)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", DOCX))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(styled(document, "Heading1")).contains("Tasks by block", "Budget");
		}
		mvc.perform(get("/api/v1/workspaces/{ws}/plans/{p}/document", clinic.id(), planId)
				.param("format", "xls").with(ApiRequests.bearer(token)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("format"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("pdf or docx")));
	}

	private void task(Member owner, UUID goalId, String block, String title, UUID responsible, String budget,
			String source, String reward) {
		plans.addTask(owner, planId, new TaskDetails(goalId, block, title, null, responsible, Set.of(),
				LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), "Отток ниже", "NPS", new BigDecimal("60"),
				"Отчёт на точке", new BigDecimal(budget), null, source, reward, TaskStatus.PLANNED, null, null));
	}

	private static String rub(String amount, String language) {
		return Money.rubles(amount).format(Locale.forLanguageTag(language));
	}

	/** The text with line breaks from wrapping table cells read as spaces. */
	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	private static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

	private static List<String> styled(XWPFDocument docx, String style) {
		return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	private static List<String> listItems(XWPFDocument docx, String format) {
		return docx.getParagraphs().stream()
			.filter(p -> p.getNumID() != null && format.equals(p.getNumFmt()))
			.map(XWPFParagraph::getText)
			.toList();
	}

	/** The tables whose first header cell is {@code header}, as rows of cell texts (header row included). */
	private static List<List<List<String>>> rows(XWPFDocument docx, String header) {
		List<List<List<String>>> tables = new ArrayList<>();
		for (XWPFTable table : docx.getTables()) {
			if (table.getRow(0).getCell(0).getText().equals(header)) {
				tables.add(table.getRows().stream()
					.map(XWPFTableRow::getTableCells)
					.map(cells -> cells.stream().map(c -> c.getText()).toList())
					.toList());
			}
		}
		return tables;
	}
}
