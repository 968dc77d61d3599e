package org.serviceplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceplan.IntegrationTest;
import org.serviceplan.LibreOffice;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
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
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlanSpreadsheetsTest {

	static final LocalDate START = LocalDate.of(2027, 1, 1);
	static final String PLAN = "/api/v1/workspaces/{ws}/plans/{planId}";

	@RegisterExtension
	static final LibreOffice LIBRE_OFFICE = new LibreOffice();

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Workspaces workspaces;
	@Autowired
	Targets targets;

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	record Fixture(Company company, CurrentUser employeeUser, Member employee, String employeeEmail, ServicePlan plan) {
	}

	/** Two tasks in two blocks, one with a co-executor, budgets 50 000 and 12 345.50. */
	Fixture plan(String name) {
		Company company = companies.company(name);
		CurrentUser employeeUser = company.join(Role.EMPLOYEE);
		Member employee = companies.member(company.id(), employeeUser);
		Member owner = company.ownerMember();
		return in(company, () -> {
			String email = workspaces.people().stream().filter(p -> p.id().equals(employee.personId())).findFirst()
				.orElseThrow().email();
			ServicePlan plan = plans.create(owner, "Сервисный план 2027", "Клиенты уходят.",
					PlanPeriod.oneYearFrom(START), owner.personId(), Set.of());
			Goal goal = plans.addGoal(plan.id(), "Повысить лояльность", null);
			plans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Персонал", "Обучить администраторов",
					"Два потока по пять человек", employee.personId(), Set.of(owner.personId()), START.plusDays(10),
					START.plusMonths(3), "Все администраторы обучены", "Доля обученных, %", new BigDecimal("100"),
					"Ежемесячный отчёт", new BigDecimal("50000"), null, "Собственный бюджет", "Премия 10 000 ₽",
					TaskStatus.IN_PROGRESS, Priority.HIGH, TaskKind.TRAINING));
			plans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Технологии", "Внедрить CRM", null,
					owner.personId(), Set.of(), START.plusMonths(1), START.plusMonths(6), "CRM работает", null, null,
					"Отчёт на контрольной точке", new BigDecimal("12345.50"), null, "Инвестиции", null,
					TaskStatus.PLANNED, Priority.MEDIUM, TaskKind.SOFTWARE_ROLLOUT));
			return new Fixture(company, employeeUser, employee, email, plans.plan(plan.id()));
		});
	}

	ServicePlan emptyPlan(Company company, String title) {
		Member owner = company.ownerMember();
		return in(company, () -> plans.create(owner, title, null, PlanPeriod.oneYearFrom(START), owner.personId(),
				Set.of()));
	}

	byte[] export(Fixture f) throws Exception {
		return mvc.perform(get("/w/{ws}/plans/{p}/export.xlsx", f.company().id(), f.plan().id())
			.with(user(f.company().owner())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(PlanSpreadsheetController.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
	}

	int taskCount(Company company, UUID planId) {
		return in(company, () -> plans.plan(planId).tasks().size());
	}

	@Test
	void exportsTasksWithRealDatesAndNumbersAndABudgetThatAddsUp() throws Exception {
		Fixture f = plan("Клиника Таблица");
		PlanTask named = f.plan().tasks().stream().filter(t -> t.title().equals("Обучить администраторов"))
			.findFirst().orElseThrow();
		in(f.company(), () -> plans.nameResultTarget(f.plan().id(), named.id(), targets.set(new TargetDetails("NPS",
				Comparison.AT_LEAST, new BigDecimal("50"), LocalDate.of(2027, 12, 31), null, null)).id()));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(f)))) {
			XSSFSheet tasks = book.getSheet("Задачи");
			assertThat(tasks).isNotNull();
			Row header = tasks.getRow(0);
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Задача");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(tasks.getPaneInformation().isFreezePane()).isTrue();
			assertThat(tasks.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(tasks.getPhysicalNumberOfRows()).isEqualTo(3);

			Row training = rowWithTitle(tasks, "Обучить администраторов");
			Cell start = training.getCell(column(header, "Начало"));
			assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
			assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(START.plusDays(10));
			Cell due = training.getCell(column(header, "Срок"));
			assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
			assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(START.plusMonths(3));
			Cell amount = training.getCell(column(header, "Сумма бюджета"));
			assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(amount.getNumericCellValue()).isEqualTo(50000.0);
			assertThat(training.getCell(column(header, "Целевое значение")).getNumericCellValue()).isEqualTo(100.0);
			assertThat(training.getCell(column(header, "Email ответственного")).getStringCellValue())
				.isEqualTo(f.employeeEmail());
			assertThat(training.getCell(column(header, "Статус")).getStringCellValue()).isEqualTo("В работе");
			assertThat(training.getCell(column(header, "Просрочена")).getBooleanCellValue()).isFalse();
			assertThat(training.getCell(column(header, "Соисполнители")).getStringCellValue())
				.contains(f.company().owner().email());
			assertThat(training.getCell(column(header, "Цель на дашборде")).getStringCellValue())
				.isEqualTo("NPS ≥ 50 к 31.12.2027");
			Cell none = rowWithTitle(tasks, "Внедрить CRM").getCell(column(header, "Цель на дашборде"));
			assertThat(none == null ? "" : none.getStringCellValue()).isEmpty();

			Sheet budget = book.getSheet("Бюджет");
			assertThat(budget).isNotNull();
			Cell total = rowStartingWith(budget, "Итого").getCell(1);
			assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
			assertThat(BigDecimal.valueOf(total.getNumericCellValue()))
				.isEqualByComparingTo(f.plan().tasks().stream().map(PlanTask::budgetAmount)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
			assertThat(rowStartingWith(budget, "Инвестиции").getCell(1).getNumericCellValue()).isEqualTo(12345.5);
		}
	}

	@Test
	void speaksEnglishToAnEnglishReader() throws Exception {
		Fixture f = plan("Clinic English");
		byte[] xlsx = mvc.perform(apiGet(companies.token(f.company().owner()), PLAN + "/tasks.xlsx", f.company().id(),
				f.plan().id()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetName(0)).isEqualTo("Tasks");
			assertThat(book.getSheetName(1)).isEqualTo("Budget");
			assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Task");
		}
	}

	@Test
	void exportedTasksImportIntoAnotherPlanAsTheSameTasks() throws Exception {
		Fixture f = plan("Клиника Туда и обратно");
		ServicePlan copy = emptyPlan(f.company(), "Копия");
		mvc.perform(multipart(PLAN + "/tasks/import", f.company().id(), copy.id())
			.file(new MockMultipartFile("file", "tasks.xlsx", PlanSpreadsheetController.XLSX.toString(), export(f)))
			.with(bearer(companies.token(f.company().owner()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.errors").isEmpty());

		ServicePlan imported = in(f.company(), () -> plans.plan(copy.id()));
		assertThat(imported.goals()).extracting(Goal::title).containsExactly("Повысить лояльность");
		assertThat(sorted(imported.tasks())).extracting(PlanTask::details)
			.usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
				.withIgnoredFields("goalId")
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.build())
			.containsExactlyElementsOf(sorted(f.plan().tasks()).stream().map(PlanTask::details).toList());
	}

	@Test
	void importsACsvAsRussianExcelWritesIt() throws Exception {
		Fixture f = plan("Клиника CSV");
		ServicePlan target = emptyPlan(f.company(), "Из CSV");
		String csv = "\uFEFFГлобальная задача;Блок;Задача;Ответственный;Начало;Срок;Сумма бюджета;Валюта;"
				+ "Источник финансирования;Приоритет;Целевой показатель;Целевое значение\r\n"
				+ "Сократить ожидание;Технологии;\"Настроить запись; онлайн\";" + f.employee().name()
				+ ";01.02.2027;31.03.2027;120 000,50;RUB;Собственный бюджет;Высокий;Время ожидания, мин;7,5\r\n";
		mvc.perform(post(PLAN + "/tasks/import", f.company().id(), target.id())
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
			.with(bearer(companies.token(f.company().owner()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));

		PlanTask task = in(f.company(), () -> plans.plan(target.id()).tasks().get(0));
		assertThat(task.title()).isEqualTo("Настроить запись; онлайн");
		assertThat(task.responsibleId()).isEqualTo(f.employee().personId());
		assertThat(task.startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(task.dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(task.budgetAmount()).isEqualByComparingTo("120000.50");
		assertThat(task.targetValue()).isEqualByComparingTo("7.5");
		assertThat(task.priority()).isEqualTo(Priority.HIGH);
		assertThat(in(f.company(), () -> plans.plan(target.id()).goals())).extracting(Goal::title)
			.containsExactly("Сократить ожидание");
	}

	static final String BAD_ROWS = "Global task,Block,Task,Responsible's email,Start,Due,Budget amount\n"
			+ "Повысить лояльность,Персонал,Годная задача,%1$s,2027-02-01,2027-03-01,1000\n"
			+ "Повысить лояльность,Персонал,Неизвестный ответственный,nobody@test.serviceplan,2027-02-01,2027-03-01,\n"
			+ "Новая цель,Персонал,Срок раньше начала,%1$s,2027-05-01,2027-04-01,\n"
			+ "Повысить лояльность,Персонал,Вне периода,%1$s,2027-02-01,2028-02-01,\n"
			+ "Повысить лояльность,Персонал,Кривая сумма,%1$s,01.02.2027,01.03.2027,много\n";

	@Test
	void aFileWithBadRowsNamesEachAndChangesNothing() throws Exception {
		Fixture f = plan("Клиника Ошибки");
		int before = taskCount(f.company(), f.plan().id());
		String csv = BAD_ROWS.formatted(f.employeeEmail());
		mvc.perform(post(PLAN + "/tasks/import", f.company().id(), f.plan().id())
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
			.with(bearer(companies.token(f.company().owner()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(4))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Email ответственного"))
			.andExpect(jsonPath("$.errors[0].message", containsString("nobody@test.serviceplan")))
			.andExpect(jsonPath("$.errors[1].row").value(4))
			.andExpect(jsonPath("$.errors[1].column").value("Срок"))
			.andExpect(jsonPath("$.errors[1].message").value("Срок не может быть раньше даты начала."))
			.andExpect(jsonPath("$.errors[2].row").value(5))
			.andExpect(jsonPath("$.errors[2].column").value("Срок"))
			.andExpect(jsonPath("$.errors[2].message").value("Дата должна быть внутри периода плана."))
			.andExpect(jsonPath("$.errors[3].row").value(6))
			.andExpect(jsonPath("$.errors[3].column").value("Сумма бюджета"));

		ServicePlan after = in(f.company(), () -> plans.plan(f.plan().id()));
		assertThat(after.tasks()).hasSize(before);
		assertThat(after.goals()).extracting(Goal::title).containsExactly("Повысить лояльность");
	}

	@Test
	void theEditorPageImportsAndShowsRefusedRowsWithACsvReport() throws Exception {
		Fixture f = plan("Клиника Загрузка");
		byte[] bad = BAD_ROWS.formatted(f.employeeEmail()).getBytes(StandardCharsets.UTF_8);
		var refused = mvc.perform(multipart("/w/{ws}/plans/{p}/import", f.company().id(), f.plan().id())
			.file(new MockMultipartFile("file", "tasks.csv", "text/csv", bad))
			.with(user(f.company().owner())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse();
		String page = refused.getContentAsString();
		// the refused rows wait in the (JDBC-backed) session for the CSV report
		Cookie session = refused.getCookie("SESSION");
		assertThat(page).contains("id=\"import-errors\"", "Срок не может быть раньше даты начала.",
				"nobody@test.serviceplan", "errors.csv");
		String report = mvc.perform(get("/w/{ws}/plans/{p}/import/errors.csv", f.company().id(), f.plan().id())
			.cookie(session).with(user(f.company().owner())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).startsWith("\uFEFFСтрока;Столбец;Ошибка").contains("4;Срок;Срок не может быть раньше");
		assertThat(taskCount(f.company(), f.plan().id())).isEqualTo(2);

		String good = "Global task,Block,Task,Responsible,Start,Due\n"
				+ "Повысить лояльность,Персонал,Провести опрос,%s,2027-02-01,2027-03-01\n".formatted(f.employeeEmail());
		mvc.perform(multipart("/w/{ws}/plans/{p}/import", f.company().id(), f.plan().id())
			.file(new MockMultipartFile("file", "tasks.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(user(f.company().owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + f.company().id() + "/plans/" + f.plan().id()))
			.andExpect(flash().attribute("flash", "plan.import.done"));
		assertThat(taskCount(f.company(), f.plan().id())).isEqualTo(3);
		assertThat(mvc.perform(get("/w/{ws}/plans/{p}", f.company().id(), f.plan().id())
			.with(user(f.company().owner()))).andReturn().getResponse().getContentAsString())
			.contains("id=\"export-xlsx\"", "id=\"import-tasks\"");
	}

	@Test
	void aPlanOnApprovalTakesNoImport() throws Exception {
		Fixture f = plan("Клиника На утверждении");
		Member owner = f.company().ownerMember();
		in(f.company(), () -> {
			plans.addCheckpoint(f.plan().id(), START.plusMonths(3).minusDays(1), "Первый квартал");
			return plans.submit(owner, f.plan().id());
		});
		String csv = "Глобальная задача;Блок;Задача;Ответственный;Начало;Срок\n"
				+ "Повысить лояльность;Персонал;Ещё одна;" + f.employeeEmail() + ";01.02.2027;01.03.2027\n";
		mvc.perform(post(PLAN + "/tasks/import", f.company().id(), f.plan().id())
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
			.with(bearer(companies.token(f.company().owner()))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.planStatus").value("ON_APPROVAL"));
		mvc.perform(multipart("/w/{ws}/plans/{p}/import", f.company().id(), f.plan().id())
			.file(new MockMultipartFile("file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(f.company().owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + f.company().id() + "/plans/" + f.plan().id()))
			.andExpect(flash().attribute("flashError", "plan.wrongState"));
		assertThat(taskCount(f.company(), f.plan().id())).isEqualTo(2);
	}

	@Test
	void anEmployeeMayDownloadButNotImport() throws Exception {
		Fixture f = plan("Клиника Права");
		mvc.perform(get("/w/{ws}/plans/{p}/export.xlsx", f.company().id(), f.plan().id())
			.with(user(f.employeeUser())))
			.andExpect(status().isOk());
		mvc.perform(multipart("/w/{ws}/plans/{p}/import", f.company().id(), f.plan().id())
			.file(new MockMultipartFile("file", "t.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
			.with(user(f.employeeUser())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAFileWithoutTheRequiredColumnsOrOverTheLimit() throws Exception {
		Fixture f = plan("Клиника Лимиты");
		String token = companies.token(f.company().owner());
		mvc.perform(post(PLAN + "/tasks/import", f.company().id(), f.plan().id())
			.contentType("text/csv").content("Задача;Блок\nЧто-то;Персонал\n".getBytes(StandardCharsets.UTF_8))
			.with(bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(0))
			.andExpect(jsonPath("$.errors[0].message").value("Нет обязательного столбца «Глобальная задача»."));
		mvc.perform(post(PLAN + "/tasks/import", f.company().id(), f.plan().id())
			.contentType("text/csv").content(new byte[3 * 1024 * 1024]).with(bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Файл больше 2 МБ: разбейте его на части."));
		StringBuilder many = new StringBuilder("Глобальная задача;Блок;Задача;Ответственный;Начало;Срок\n");
		for (int i = 0; i <= 1000; i++) {
			many.append("Цель;Блок;Задача ").append(i).append(";").append(f.employeeEmail())
				.append(";01.02.2027;01.03.2027\n");
		}
		mvc.perform(post(PLAN + "/tasks/import", f.company().id(), f.plan().id())
			.contentType("text/csv").content(many.toString().getBytes(StandardCharsets.UTF_8)).with(bearer(token)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("В файле больше 1000 строк с задачами: разбейте его на части."));
		assertThat(taskCount(f.company(), f.plan().id())).isEqualTo(2);
	}

	@Test
	void libreOfficeOpensTheWorkbook() throws Exception {
		Fixture f = plan("Клиника Либре");
		Path xlsx = Files.createDirectories(Path.of("target", "spreadsheets")).resolve("plan-" + UUID.randomUUID() + ".xlsx");
		Files.write(xlsx, export(f));
		// comma-separated, UTF-8, first line, cells as shown (the amount with its number format)
		String csv = Files.readString(LIBRE_OFFICE.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Обучить администраторов", "Внедрить CRM");
		assertThat(csv).containsPattern("12[ ,.\u00A0\u202F]?345[.,]50");
	}

	private static List<PlanTask> sorted(List<PlanTask> tasks) {
		return tasks.stream().sorted(Comparator.comparing(PlanTask::title)).toList();
	}

	private static int column(Row header, String name) {
		for (Cell cell : header) {
			if (cell.getStringCellValue().equals(name)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + name);
	}

	private static Row rowWithTitle(Sheet sheet, String title) {
		for (Row row : sheet) {
			if (row.getCell(2) != null && title.equals(row.getCell(2).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + title);
	}

	private static Row rowStartingWith(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && text.equals(first.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + text);
	}
}
