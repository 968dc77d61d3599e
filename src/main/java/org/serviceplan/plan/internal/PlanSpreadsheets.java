package org.serviceplan.plan.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.ResultTargets;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.PersonSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A plan's tasks and budget as an XLSX workbook (real dates and numbers, for Excel and LibreOffice), and tasks
 * read back from XLSX or CSV. Every imported row goes through the same rules as the editor; an import with any
 * refused row changes nothing and says, row by row, what was refused and why.
 */
@Service
public class PlanSpreadsheets {

	/** Larger files are refused before they are parsed. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;
	public static final int MAX_ROWS = 1000;

	private static final Locale RU = Locale.forLanguageTag("ru");
	private static final List<TaskColumn> REQUIRED = List.of(TaskColumn.GOAL, TaskColumn.BLOCK, TaskColumn.TITLE,
			TaskColumn.START, TaskColumn.DUE);
	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private final ServicePlans plans;
	private final Workspaces workspaces;
	private final MessageSource messages;
	private final ObjectProvider<ResultTargets> resultTargets;

	PlanSpreadsheets(ServicePlans plans, Workspaces workspaces, MessageSource messages,
			ObjectProvider<ResultTargets> resultTargets) {
		this.plans = plans;
		this.workspaces = workspaces;
		this.messages = messages;
		this.resultTargets = resultTargets;
	}

	/** What an import did: the number of tasks written, or (and then nothing was written) what was refused. */
	public record ImportReport(int imported, List<RowError> errors) {

		public boolean failed() {
			return !errors.isEmpty();
		}
	}

	/** {@code row} as the spreadsheet numbers it (the header is row 1; 0 is the file as a whole). */
	public record RowError(int row, String column, String message) implements Serializable {
	}

	// --- export

	@Transactional(readOnly = true)
	public byte[] export(UUID planId, Locale locale, LocalDate today) {
		ServicePlan plan = plans.plan(planId);
		Map<UUID, PersonSummary> people = workspaces.people().stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		Map<UUID, String> goals = plan.goals().stream().collect(Collectors.toMap(Goal::id, Goal::title));
		BudgetTable budget = BudgetTable.of(plan.tasks(),
				LatestSpending.of(plans.reports(planId), plan.checkpoints()), plan.currency());
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book, locale);
			taskSheet(book, styles, plan, people, goals, targetLabels(locale), locale, today);
			budgetSheet(book, styles, budget, locale);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What each measured target offered to the workspace is called, in the reader's language. */
	private Map<UUID, String> targetLabels(Locale locale) {
		ResultTargets offered = resultTargets.getIfAvailable();
		return offered == null ? Map.of()
				: offered.targets(locale).stream()
					.collect(Collectors.toMap(ResultTargets.ResultTarget::id, ResultTargets.ResultTarget::label));
	}

	private void taskSheet(Workbook book, Styles styles, ServicePlan plan, Map<UUID, PersonSummary> people,
			Map<UUID, String> goals, Map<UUID, String> targets, Locale locale, LocalDate today) {
		Sheet sheet = book.createSheet(text("plan.sheet.tasks", locale));
		TaskColumn[] columns = TaskColumn.values();
		Row header = sheet.createRow(0);
		for (TaskColumn column : columns) {
			Cell cell = header.createCell(column.ordinal());
			cell.setCellValue(text(column.headerKey(), locale));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(column.ordinal(), column.width() * 256);
		}
		int r = 1;
		for (PlanTask task : plan.tasks()) {
			Row row = sheet.createRow(r++);
			PersonSummary responsible = people.get(task.responsibleId());
			string(row, TaskColumn.GOAL, goals.get(task.goalId()));
			string(row, TaskColumn.BLOCK, task.block());
			string(row, TaskColumn.TITLE, task.title());
			string(row, TaskColumn.DESCRIPTION, task.description());
			string(row, TaskColumn.RESPONSIBLE, responsible == null ? null : responsible.name());
			string(row, TaskColumn.RESPONSIBLE_EMAIL, responsible == null ? null : responsible.email());
			string(row, TaskColumn.CO_EXECUTORS, task.coExecutorIds().stream().map(people::get)
				.filter(p -> p != null).map(p -> p.name() + " <" + p.email() + ">").sorted()
				.collect(Collectors.joining("; ")));
			date(row, TaskColumn.START, task.startDate(), styles.date);
			date(row, TaskColumn.DUE, task.dueDate(), styles.date);
			string(row, TaskColumn.EXPECTED_RESULT, task.expectedResult());
			string(row, TaskColumn.TARGET_METRIC, task.targetMetric());
			number(row, TaskColumn.TARGET_VALUE, task.targetValue(), null);
			string(row, TaskColumn.RESULT_TARGET, task.targetId() == null ? null : targets.get(task.targetId()));
			string(row, TaskColumn.REPORTING_FORMAT, task.reportingFormat());
			number(row, TaskColumn.BUDGET_AMOUNT, task.budgetAmount(), styles.amount);
			string(row, TaskColumn.CURRENCY, task.budgetCurrency().getCurrencyCode());
			string(row, TaskColumn.SOURCE, task.budgetSource());
			string(row, TaskColumn.REWARD, task.reward());
			string(row, TaskColumn.STATUS, text("task.status." + task.status().name(), locale));
			string(row, TaskColumn.PRIORITY, text("task.priority." + task.priority().name(), locale));
			string(row, TaskColumn.KIND, text("task.kind." + task.kind().name(), locale));
			row.createCell(TaskColumn.OVERDUE.ordinal()).setCellValue(task.isOverdueOn(today));
			string(row, TaskColumn.ID, task.id().toString());
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.length - 1));
	}

	private void budgetSheet(Workbook book, Styles styles, BudgetTable budget, Locale locale) {
		Sheet sheet = book.createSheet(text("control.budget.heading", locale));
		sheet.setColumnWidth(0, 36 * 256);
		for (int c = 1; c <= 3; c++) {
			sheet.setColumnWidth(c, 18 * 256);
		}
		Row currency = sheet.createRow(0);
		currency.createCell(0).setCellValue(text("plan.task.field.budgetCurrency", locale));
		currency.createCell(1).setCellValue(budget.currency().getCurrencyCode());
		int r = budgetTable(sheet, styles, 2, text("control.budget.by.block", locale),
				text("control.budget.column.block", locale), budget.byBlock(), locale);
		r = budgetTable(sheet, styles, r + 1, text("control.budget.by.source", locale),
				text("control.budget.column.source", locale), budget.bySource(), locale);
		if (!budget.inOtherCurrency().isEmpty()) {
			String titles = budget.inOtherCurrency().stream().map(PlanTask::title).collect(Collectors.joining(", "));
			sheet.createRow(r + 1).createCell(0).setCellValue(messages.getMessage("control.budget.otherCurrency",
					new Object[] { titles }, locale));
		}
		sheet.createFreezePane(0, 1);
	}

	/** A heading, a header, one row per block or source, and a total row of formulas with their values cached. */
	private int budgetTable(Sheet sheet, Styles styles, int r, String heading, String nameHeader,
			List<BudgetTable.Row> rows, Locale locale) {
		Cell title = sheet.createRow(r++).createCell(0);
		title.setCellValue(heading);
		title.setCellStyle(styles.header);
		Row header = sheet.createRow(r++);
		String[] headers = { nameHeader, text("control.budget.planned", locale), text("control.budget.spent", locale),
				text("control.budget.remaining", locale) };
		for (int c = 0; c < headers.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers[c]);
			cell.setCellStyle(styles.header);
		}
		int first = r;
		BigDecimal[] totals = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (BudgetTable.Row budgetRow : rows) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(budgetRow.name() == null ? text("control.budget.noSource", locale)
					: budgetRow.name());
			BigDecimal[] values = { budgetRow.planned(), budgetRow.spent(), budgetRow.remaining() };
			for (int c = 0; c < 3; c++) {
				Cell cell = row.createCell(c + 1);
				cell.setCellValue(values[c].doubleValue());
				cell.setCellStyle(styles.amount);
				totals[c] = totals[c].add(values[c]);
			}
		}
		int last = r;
		Row total = sheet.createRow(r++);
		Cell label = total.createCell(0);
		label.setCellValue(text("control.budget.total", locale));
		label.setCellStyle(styles.header);
		for (int c = 0; c < 3; c++) {
			Cell cell = total.createCell(c + 1);
			String letter = CellReference.convertNumToColString(c + 1);
			cell.setCellFormula(rows.isEmpty() ? "0" : "SUM(" + letter + (first + 1) + ":" + letter + last + ")");
			cell.setCellValue(totals[c].doubleValue());
			cell.setCellStyle(styles.totalAmount);
		}
		return r;
	}

	private static void string(Row row, TaskColumn column, String value) {
		if (value != null && !value.isEmpty()) {
			row.createCell(column.ordinal()).setCellValue(value);
		}
	}

	private static void date(Row row, TaskColumn column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column.ordinal());
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Row row, TaskColumn column, BigDecimal value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column.ordinal());
			cell.setCellValue(value.doubleValue());
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private static final class Styles {

		final CellStyle header;
		final CellStyle date;
		final CellStyle amount;
		final CellStyle totalAmount;

		Styles(Workbook book, Locale locale) {
			DataFormat formats = book.createDataFormat();
			Font bold = book.createFont();
			bold.setBold(true);
			header = book.createCellStyle();
			header.setFont(bold);
			date = book.createCellStyle();
			date.setDataFormat(formats.getFormat("ru".equals(locale.getLanguage()) ? "dd.mm.yyyy" : "yyyy-mm-dd"));
			amount = book.createCellStyle();
			amount.setDataFormat(formats.getFormat("#,##0.00"));
			totalAmount = book.createCellStyle();
			totalAmount.cloneStyleFrom(amount);
			totalAmount.setFont(bold);
		}
	}

	// --- import

	/**
	 * Adds the file's tasks to the plan (a row whose id names a task of this plan changes that task instead).
	 * A global task named in a row that the plan lacks is created. Any refused row rolls everything back.
	 */
	@Transactional
	public ImportReport importTasks(Member editor, UUID planId, byte[] content, Locale locale) {
		ServicePlan plan = plans.plan(planId);
		List<SheetRow> rows;
		try {
			rows = read(content, locale);
		}
		catch (BusinessRuleViolation refused) {
			return new ImportReport(0, List.of(new RowError(0, null,
					messages.getMessage(refused.messageKey(), refused.arguments(), locale))));
		}
		List<PersonSummary> people = workspaces.people();
		Map<String, UUID> goals = new HashMap<>();
		plan.goals().forEach(g -> goals.putIfAbsent(key(g.title()), g.id()));
		Set<UUID> taskIds = plan.tasks().stream().map(PlanTask::id).collect(Collectors.toSet());
		List<RowError> errors = new ArrayList<>();
		int imported = 0;
		for (SheetRow row : rows) {
			RowReader reader = new RowReader(row, people, locale);
			// cells first: a row whose cells do not parse creates no global task and meets no domain rule
			reader.details(null);
			if (!reader.errors.isEmpty()) {
				errors.addAll(reader.errors);
				continue;
			}
			try {
				String goalTitle = reader.text(TaskColumn.GOAL);
				UUID goalId = goals.get(key(goalTitle));
				if (goalId == null) {
					goalId = plans.addGoal(planId, goalTitle, null).id();
					goals.put(key(goalTitle), goalId);
				}
			}
			catch (BusinessRuleViolation refused) {
				errors.add(error(row.number(), TaskColumn.GOAL, refused, locale));
				continue;
			}
			TaskDetails details = reader.details(goals.get(key(reader.text(TaskColumn.GOAL))));
			try {
				UUID id = reader.id();
				if (id != null && taskIds.contains(id)) {
					plans.changeTask(editor, planId, id, details, null);
				}
				else {
					plans.addTask(editor, planId, details);
				}
				imported++;
			}
			catch (BusinessRuleViolation refused) {
				errors.add(error(row.number(), TaskColumn.ofField(refused.field()), refused, locale));
			}
		}
		if (!errors.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport(0, List.copyOf(errors));
		}
		return new ImportReport(imported, List.of());
	}

	/** The answer to a file over the limit, which is not even read. */
	public ImportReport tooLarge(Locale locale) {
		return new ImportReport(0, List.of(new RowError(0, null,
				messages.getMessage("plan.import.tooLarge", new Object[] { String.valueOf(MAX_BYTES / (1024 * 1024)) }, locale))));
	}

	/** The error report as CSV in UTF-8 with a BOM, separated as Excel expects it in that language. */
	public byte[] errorReport(List<RowError> errors, Locale locale) {
		char delimiter = "ru".equals(locale.getLanguage()) ? ';' : ',';
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			printer.printRecord(text("plan.import.column.row", locale), text("plan.import.column.column", locale),
					text("plan.import.column.message", locale));
			for (RowError error : errors) {
				printer.printRecord(error.row(), error.column() == null ? "" : error.column(), error.message());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private RowError error(int row, TaskColumn column, BusinessRuleViolation refused, Locale locale) {
		return new RowError(row, column == null ? null : text(column.headerKey(), locale),
				messages.getMessage(refused.messageKey(), refused.arguments(), locale));
	}

	private record SheetRow(int number, Map<TaskColumn, Object> values) {
	}

	/** The file's data rows by column; a file that cannot be taken as a whole is refused with one message. */
	private List<SheetRow> read(byte[] content, Locale locale) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleViolation("file", "plan.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new BusinessRuleViolation("file", "plan.import.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
		}
		List<SheetRow> rows = content.length >= 4 && Arrays.equals(Arrays.copyOf(content, 4), ZIP)
				? readWorkbook(content, locale) : readCsv(content, locale);
		if (rows.isEmpty()) {
			throw new BusinessRuleViolation("file", "plan.import.noRows");
		}
		return rows;
	}

	private List<SheetRow> readWorkbook(byte[] content, Locale locale) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheet(text("plan.sheet.tasks", RU));
			if (sheet == null) {
				sheet = book.getSheet(text("plan.sheet.tasks", Locale.ENGLISH));
			}
			if (sheet == null) {
				sheet = book.getSheetAt(0);
			}
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				throw new BusinessRuleViolation("file", "plan.import.noRows");
			}
			List<String> headers = new ArrayList<>();
			for (int c = 0; c < header.getLastCellNum(); c++) {
				Object value = value(header.getCell(c));
				headers.add(value == null ? "" : value.toString());
			}
			Map<Integer, TaskColumn> columns = columns(headers, locale);
			List<SheetRow> rows = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<TaskColumn, Object> values = new EnumMap<>(TaskColumn.class);
				columns.forEach((c, column) -> {
					Object value = value(row.getCell(c));
					if (value != null && !(value instanceof String s && s.isBlank())) {
						values.put(column, value);
					}
				});
				add(rows, new SheetRow(r + 1, values));
			}
			return rows;
		}
		catch (BusinessRuleViolation refused) {
			throw refused;
		}
		catch (IOException | RuntimeException unreadable) {
			throw new BusinessRuleViolation("file", "plan.import.unreadable");
		}
	}

	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
					: new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue();
			default -> null;
		};
	}

	private List<SheetRow> readCsv(byte[] content, Locale locale) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new BusinessRuleViolation("file", "plan.import.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int end = text.indexOf('\n');
		String firstLine = end < 0 ? text : text.substring(0, end);
		// Russian Excel separates with semicolons, most other tools with commas: the header line tells which
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			Map<Integer, TaskColumn> columns = null;
			List<SheetRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = columns(record.toList(), locale);
					continue;
				}
				Map<TaskColumn, Object> values = new EnumMap<>(TaskColumn.class);
				for (Map.Entry<Integer, TaskColumn> column : columns.entrySet()) {
					if (column.getKey() < record.size() && !record.get(column.getKey()).isBlank()) {
						values.put(column.getValue(), record.get(column.getKey()));
					}
				}
				add(rows, new SheetRow((int) record.getRecordNumber(), values));
			}
			if (columns == null) {
				throw new BusinessRuleViolation("file", "plan.import.noRows");
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			throw new BusinessRuleViolation("file", "plan.import.unreadable");
		}
	}

	private static void add(List<SheetRow> rows, SheetRow row) {
		if (row.values().isEmpty()) {
			return;
		}
		if (rows.size() == MAX_ROWS) {
			throw new BusinessRuleViolation("file", "plan.import.tooManyRows", String.valueOf(MAX_ROWS));
		}
		rows.add(row);
	}

	/** Which column each header names, in Russian, English or by its code; other headers are left aside. */
	private Map<Integer, TaskColumn> columns(List<String> headers, Locale locale) {
		Map<String, TaskColumn> known = new HashMap<>();
		for (TaskColumn column : TaskColumn.values()) {
			known.put(TaskColumn.normalized(column.name()), column);
			known.put(TaskColumn.normalized(text(column.headerKey(), RU)), column);
			known.put(TaskColumn.normalized(text(column.headerKey(), Locale.ENGLISH)), column);
		}
		Map<Integer, TaskColumn> columns = new HashMap<>();
		Set<TaskColumn> seen = new LinkedHashSet<>();
		for (int i = 0; i < headers.size(); i++) {
			TaskColumn column = known.get(TaskColumn.normalized(headers.get(i)));
			if (column != null) {
				if (!seen.add(column)) {
					throw new BusinessRuleViolation("file", "plan.import.duplicateColumn", headers.get(i).strip());
				}
				columns.put(i, column);
			}
		}
		for (TaskColumn required : REQUIRED) {
			if (!seen.contains(required)) {
				throw new BusinessRuleViolation("file", "plan.import.missingColumn",
						text(required.headerKey(), locale));
			}
		}
		if (!seen.contains(TaskColumn.RESPONSIBLE) && !seen.contains(TaskColumn.RESPONSIBLE_EMAIL)) {
			throw new BusinessRuleViolation("file", "plan.import.missingColumn",
					text(TaskColumn.RESPONSIBLE.headerKey(), locale));
		}
		return columns;
	}

	private static String key(String title) {
		return TaskColumn.normalized(title);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** One row's cells turned into task details, with a message for every cell that does not parse. */
	private final class RowReader {

		private final SheetRow row;
		private final List<PersonSummary> people;
		private final Locale locale;
		final List<RowError> errors = new ArrayList<>();

		RowReader(SheetRow row, List<PersonSummary> people, Locale locale) {
			this.row = row;
			this.people = people;
			this.locale = locale;
		}

		TaskDetails details(UUID goalId) {
			errors.clear();
			if (text(TaskColumn.GOAL) == null) {
				refuse(TaskColumn.GOAL, "validation.required");
			}
			String email = text(TaskColumn.RESPONSIBLE_EMAIL);
			UUID responsible = email != null ? person(TaskColumn.RESPONSIBLE_EMAIL, email)
					: text(TaskColumn.RESPONSIBLE) == null ? null : person(TaskColumn.RESPONSIBLE, text(TaskColumn.RESPONSIBLE));
			Set<UUID> coExecutors = new LinkedHashSet<>();
			String named = text(TaskColumn.CO_EXECUTORS);
			if (named != null) {
				for (String one : named.split("[;,\\n]")) {
					if (!one.isBlank()) {
						UUID id = person(TaskColumn.CO_EXECUTORS, one);
						if (id != null) {
							coExecutors.add(id);
						}
					}
				}
			}
			return new TaskDetails(goalId, text(TaskColumn.BLOCK), text(TaskColumn.TITLE),
					text(TaskColumn.DESCRIPTION), responsible, coExecutors, date(TaskColumn.START),
					date(TaskColumn.DUE), text(TaskColumn.EXPECTED_RESULT), text(TaskColumn.TARGET_METRIC),
					number(TaskColumn.TARGET_VALUE), text(TaskColumn.REPORTING_FORMAT), number(TaskColumn.BUDGET_AMOUNT),
					currency(), text(TaskColumn.SOURCE), text(TaskColumn.REWARD),
					choice(TaskColumn.STATUS, TaskStatus.values(), "task.status."),
					choice(TaskColumn.PRIORITY, Priority.values(), "task.priority."),
					choice(TaskColumn.KIND, TaskKind.values(), "task.kind."));
		}

		String text(TaskColumn column) {
			Object value = row.values().get(column);
			if (value == null) {
				return null;
			}
			String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString().strip();
			return text.isEmpty() ? null : text;
		}

		UUID id() {
			String id = text(TaskColumn.ID);
			try {
				return id == null ? null : UUID.fromString(id);
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

		private LocalDate date(TaskColumn column) {
			Object value = row.values().get(column);
			if (value == null || value instanceof LocalDate) {
				return (LocalDate) value;
			}
			if (value instanceof BigDecimal serial) {
				return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
			}
			String text = value.toString().strip();
			try {
				return text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
			}
			catch (DateTimeParseException e) {
				refuse(column, "plan.import.date.invalid", text);
				return null;
			}
		}

		private BigDecimal number(TaskColumn column) {
			Object value = row.values().get(column);
			if (value == null || value instanceof BigDecimal) {
				return (BigDecimal) value;
			}
			String text = value.toString().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
			try {
				return new BigDecimal(text);
			}
			catch (NumberFormatException e) {
				refuse(column, "plan.import.number.invalid", value.toString().strip());
				return null;
			}
		}

		private Currency currency() {
			String code = text(TaskColumn.CURRENCY);
			try {
				return code == null ? null : Currency.getInstance(code.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				refuse(TaskColumn.CURRENCY, "plan.import.currency.unknown", code);
				return null;
			}
		}

		private <E extends Enum<E>> E choice(TaskColumn column, E[] values, String keyPrefix) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			String wanted = TaskColumn.normalized(text);
			for (E value : values) {
				if (wanted.equals(TaskColumn.normalized(value.name()))
						|| wanted.equals(TaskColumn.normalized(PlanSpreadsheets.this.text(keyPrefix + value.name(), RU)))
						|| wanted.equals(TaskColumn.normalized(
								PlanSpreadsheets.this.text(keyPrefix + value.name(), Locale.ENGLISH)))) {
					return value;
				}
			}
			refuse(column, "plan.import.value.unknown", text);
			return null;
		}

		/** By email (alone or in angle brackets after the name) or by the exact name; one person, or a message. */
		private UUID person(TaskColumn column, String given) {
			String text = given.strip();
			int open = text.lastIndexOf('<');
			String email = open >= 0 && text.endsWith(">") ? text.substring(open + 1, text.length() - 1).strip()
					: text.contains("@") ? text : null;
			List<PersonSummary> found = people.stream()
				.filter(p -> email != null ? email.equalsIgnoreCase(p.email()) : text.equals(p.name()))
				.toList();
			if (found.size() == 1) {
				return found.get(0).id();
			}
			refuse(column, found.isEmpty() ? "plan.import.person.unknown" : "plan.import.person.ambiguous", text);
			return null;
		}

		private void refuse(TaskColumn column, String key, Object... arguments) {
			errors.add(new RowError(row.number(), PlanSpreadsheets.this.text(column.headerKey(), locale),
					messages.getMessage(key, arguments, locale)));
		}
	}
}
