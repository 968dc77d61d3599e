package org.serviceplan.plan.web;

import static org.serviceplan.plan.web.PlanExamples.WRONG_STATE;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.serviceplan.plan.internal.PlanSpreadsheets;
import org.serviceplan.plan.internal.PlanSpreadsheets.ImportReport;
import org.serviceplan.plan.internal.PlanSpreadsheets.RowError;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** A plan's tasks and budget as an XLSX workbook, and tasks imported from XLSX or CSV. */
@RestController
@RequestMapping("/api/v1/workspaces/{ws}/plans/{planId}")
@Tag(name = "Plan tasks", description = "A plan's concrete tasks, in blocks, under global tasks")
class PlanSpreadsheetRestController extends PlanProblems {

	private static final String PROBLEM = "#/components/schemas/Problem";
	private static final String CSV_EXAMPLE = """
			Глобальная задача;Блок;Задача;Email ответственного;Начало;Срок;Сумма бюджета;Источник финансирования
			Повысить лояльность;Персонал;Обучить администраторов;anna@clinic.example;01.02.2027;31.03.2027;120 000,50;Собственный бюджет
			""";
	private static final String REFUSED = """
			{"type": "about:blank", "title": "Ошибка проверки данных", "status": 422,
			 "detail": "Ни одна задача не загружена: исправьте строки и загрузите файл снова.",
			 "imported": 0,
			 "errors": [{"row": 3, "column": "Email ответственного",
			             "message": "В компании нет человека «nobody@clinic.example»: укажите email или точное имя."},
			            {"row": 4, "column": "Срок", "message": "Срок не может быть раньше даты начала."}]}""";

	private final ServicePlans plans;
	private final PlanSpreadsheets spreadsheets;
	private final MessageSource messages;
	private final Clock clock;

	PlanSpreadsheetRestController(ServicePlans plans, PlanSpreadsheets spreadsheets, MessageSource messages,
			Clock clock) {
		super(messages);
		this.plans = plans;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
		this.clock = clock;
	}

	/** The answer of a successful import. */
	record Imported(int imported, List<RowError> errors) {
	}

	@GetMapping(path = "/tasks.xlsx", produces = {
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON_VALUE })
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "exportTasksXlsx", summary = "Export tasks and budget as XLSX",
			description = "A workbook with a sheet of tasks (one row per task; dates and amounts are real date and "
					+ "number cells; header bold, frozen, with a filter) and a budget sheet (by block and by funding "
					+ "source: planned, spent, remaining, totals). Sheet names and headers follow Accept-Language. "
					+ "The same layout can be imported back.")
	@ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
			mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			schema = @Schema(type = "string", format = "binary"),
			examples = @ExampleObject(name = "workbook", value = "(binary XLSX, sheets «Задачи» and «Бюджет»)")))
	ResponseEntity<byte[]> export(Member member, @PathVariable UUID planId, Locale locale) {
		ServicePlan plan = plans.plan(planId);
		byte[] workbook = spreadsheets.export(planId, locale, LocalDate.now(clock.withZone(member.timezone())));
		return PlanSpreadsheetController.download(workbook, PlanSpreadsheetController.XLSX, plan.title() + ".xlsx");
	}

	// Any content type: a multipart part "file", or the file itself as the body; the plan is looked up first
	@PostMapping(path = "/tasks/import", produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.EDIT_PLANS)
	@Operation(operationId = "importTasks", summary = "Import tasks from XLSX or CSV",
			description = "The file as a multipart part `file`, or as the request body (`text/csv` or XLSX). Columns "
					+ "as in the export, found by their Russian or English header in any order; required: global task, "
					+ "block, title, responsible (email or exact name) or responsible's email, start, due. A global task "
					+ "the plan lacks is created. Dates ISO (2027-03-31) or dd.MM.yyyy; numbers with a comma or a dot; "
					+ "CSV in UTF-8 (with or without BOM), separated by commas or semicolons. A row whose `ID` names a "
					+ "task of this plan changes it, any other row adds a task. Every row goes through the editor's "
					+ "rules; if any row is refused nothing is written and the answer lists every refused row (row 1 "
					+ "is the header, row 0 the file as a whole). At most 2 MB and 1000 rows.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = "text/csv", schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "russianExcel", value = CSV_EXAMPLE)),
					@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class),
							examples = @ExampleObject(name = "file", value = "{\"file\": \"(tasks.xlsx)\"}")) }))
	@ApiResponse(responseCode = "200", description = "Every row was written", content = @Content(
			schema = @Schema(implementation = Imported.class),
			examples = @ExampleObject(name = "imported", value = "{\"imported\": 12, \"errors\": []}")))
	@ApiResponse(responseCode = "422", description = "Nothing was written: the refused rows, or the file as a whole",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "refused", value = REFUSED)))
	@ApiResponse(responseCode = "409", description = "The plan is on approval or closed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "wrongState", value = WRONG_STATE)))
	ResponseEntity<?> importTasks(Member member, @PathVariable UUID planId, HttpServletRequest request,
			Locale locale) throws IOException {
		plans.plan(planId);
		ImportReport report;
		byte[] content = content(request);
		report = content == null ? spreadsheets.tooLarge(locale)
				: spreadsheets.importTasks(member, planId, content, locale);
		if (!report.failed()) {
			return ResponseEntity.ok(new Imported(report.imported(), List.of()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("plan.import.failed", null, locale));
		problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
		problem.setProperty("imported", 0);
		problem.setProperty("errors", report.errors());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The uploaded bytes; null when over the limit (not read further). */
	private static byte[] content(HttpServletRequest request) throws IOException {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			MultipartFile file = multipart.getFile("file");
			if (file == null) {
				return new byte[0];
			}
			return file.getSize() > PlanSpreadsheets.MAX_BYTES ? null : file.getBytes();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] content = in.readNBytes(PlanSpreadsheets.MAX_BYTES + 1);
			return content.length > PlanSpreadsheets.MAX_BYTES ? null : content;
		}
	}

	/** The multipart form of the upload. */
	record Upload(@Schema(type = "string", format = "binary", description = "XLSX or CSV") String file) {
	}
}
