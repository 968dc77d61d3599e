package org.serviceplan.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.feedback.internal.customer.CustomerImport;
import org.serviceplan.feedback.internal.customer.Customers;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.serviceplan.feedback.internal.dashboard.UploadedTable.Encoding;
import org.serviceplan.feedback.web.FeedbackJsons.CustomerEconomicsJson;
import org.serviceplan.feedback.web.FeedbackJsons.CustomerImportJson;
import org.serviceplan.feedback.web.FeedbackJsons.RejectionJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer table behind churn and LTV, sent whole from the CRM (the same columns and rules as the page's
 * upload), and churn and LTV read back with every input of their formulas.
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feedback and metrics")
class CustomersRestController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final String PROBLEM = "#/components/schemas/Problem";
	/** Ten years of months: more is not a question anyone asks of churn. */
	static final int MAX_MONTHS = 120;

	private final Customers customers;
	private final MessageSource messages;
	private final JsonMapper json;
	private final Clock clock;
	/** the upload limit of the customers page, so the API takes no more into memory than the page does */
	private final DataSize largest;

	CustomersRestController(Customers customers, MessageSource messages, JsonMapper json, Clock clock,
			@Value("${spring.servlet.multipart.max-file-size}") DataSize largest) {
		this.customers = customers;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.largest = largest;
	}

	@PutMapping(consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE, XLSX })
	@Requires(Permission.MANAGE_METRICS)
	@Operation(operationId = "replaceCustomers", summary = "Replace the customer table",
			description = """
					The whole table, which replaces the one stored: `text/csv` with a header row (`,` or `;` between \
					fields, a BOM allowed, UTF-8 or else Windows-1251 unless `encoding` says which), an XLSX workbook's \
					first sheet, or `application/json`, an array of objects. Columns/fields: `ref` (≤ 200 characters, \
					unique), `segment` (optional, ≤ 200), `firstPurchase` and `lastPurchase` (YYYY-MM-DD or \
					DD.MM.YYYY, last not before first), `revenue` (≥ 0, a comma or a point). The same rules as the \
					upload on the customers page: if any line is refused nothing is stored, and the answer lists every \
					refused line (CSV/XLSX: line 1 is the header; JSON: the element's position from 1; 0 or 1 is the \
					body as a whole).""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = "text/csv", schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "excelCsv", value = FeedbackExamples.CUSTOMERS_CSV)),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "array"),
							examples = @ExampleObject(name = "array", value = FeedbackExamples.CUSTOMERS_JSON)),
					@Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"),
							examples = @ExampleObject(name = "workbook", value = "(binary XLSX)")) }))
	@ApiResponse(responseCode = "200", description = "Every line was stored; the table is replaced",
			content = @Content(schema = @Schema(implementation = CustomerImportJson.class),
					examples = @ExampleObject(name = "stored", value = "{\"accepted\": 812, \"rejected\": []}")))
	@ApiResponse(responseCode = "413", description = "Nothing was stored: the body is larger than the upload limit "
			+ "(SERVICEPLAN_UPLOAD_MAX_SIZE)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "422", description = "Nothing was stored: the refused lines, or the body as a whole",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "refused", value = FeedbackExamples.CUSTOMERS_REFUSED)))
	ResponseEntity<?> replace(@RequestHeader("Content-Type") MediaType contentType,
			@Parameter(description = "how CSV bytes are read: `AUTO` (UTF-8 when valid, else Windows-1251), "
					+ "`UTF_8` or `WINDOWS_1251`") @RequestParam(required = false) Encoding encoding,
			InputStream body, Locale locale) throws IOException {
		byte[] content = body.readNBytes((int) Math.min(largest.toBytes() + 1, Integer.MAX_VALUE - 8));
		if (content.length > largest.toBytes()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					messages.getMessage("dashboard.import.tooLarge", new Object[] { largest.toMegabytes() }, locale));
			problem.setTitle(messages.getMessage("dashboard.import.failed.title", null, locale));
			problem.setProperty("accepted", 0);
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		boolean fromJson = contentType.isCompatibleWith(MediaType.APPLICATION_JSON);
		CustomerImport.Result result;
		try {
			UploadedTable table = fromJson ? table(content)
					: UploadedTable.read(contentType.isCompatibleWith(MediaType.parseMediaType(XLSX)) ? "table.xlsx"
							: "table.csv", content, encoding(encoding, contentType));
			result = CustomerImport.read(table);
		}
		catch (IOException e) {
			result = new CustomerImport.Result(List.of(), List.of(RowError.of(1, "", "dashboard.import.unreadable")));
		}
		if (result.accepted()) {
			customers.replaceAll(result.rows());
			return ResponseEntity.ok(new CustomerImportJson(result.rows().size(), List.of()));
		}
		List<RejectionJson> rejected = result.errors().stream()
			.map(e -> new RejectionJson(fromJson ? e.line() - 1 : e.line(), e.field(),
					messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("dashboard.import.failed", null, locale));
		problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
		problem.setProperty("accepted", 0);
		problem.setProperty("rejected", rejected);
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/economics")
	@Requires(Permission.VIEW_FEEDBACK)
	@Operation(operationId = "getCustomerEconomics", summary = "Churn by month and LTV, with their inputs",
			description = """
					The figures of the customers page over the whole months from `from`'s month to `to`'s (both \
					included; by default the twelve whole months before the current one, as on the page), of one \
					`segment`'s customers or of all. Each month: `atStart` (first purchase before the month and not \
					lost yet), `lost` (lost during it: `inactivityDays` after the last purchase without another one), \
					`percent` = lost ÷ atStart × 100 (null without customers at the start). `ltv`: `value` = \
					`revenuePerCustomerMonth` × `grossMarginPercent` ÷ 100 × `lifetimeMonths`, where \
					`revenuePerCustomerMonth` = `revenue` ÷ `customerMonths` (each customer from the month of the \
					first purchase to that of the last, both included) and `lifetimeMonths` = `churnAtStart` ÷ \
					`churnLost` (the months' churn pooled); null when an input is missing or nobody left. \
					`grossMarginPercent` and `inactivityDays` are what the company stated (`economicsStated`), else \
					the defaults 30 and 180. At most 120 months.""")
	@ApiResponse(responseCode = "200", description = "Churn and LTV",
			content = @Content(schema = @Schema(implementation = CustomerEconomicsJson.class),
					examples = @ExampleObject(name = "twoMonths", value = FeedbackExamples.CUSTOMER_ECONOMICS)))
	CustomerEconomicsJson economics(Member member,
			@Parameter(description = "a day of the first month, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "a day of the last month, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "only the customers of this segment") @RequestParam(required = false) String segment) {
		YearMonth thisMonth = YearMonth.now(clock.withZone(member.timezone()));
		YearMonth last = to != null ? YearMonth.from(to)
				: from != null ? YearMonth.from(from).plusMonths(DashboardCustomersController.MONTHS - 1)
						: thisMonth.minusMonths(1);
		YearMonth first = from != null ? YearMonth.from(from) : last.minusMonths(DashboardCustomersController.MONTHS - 1);
		if (last.isBefore(first)) {
			throw new BusinessRuleViolation("to", "feedback.query.toBeforeFrom", from, to);
		}
		if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
			throw new BusinessRuleViolation("from", "dashboard.api.tooManyMonths", MAX_MONTHS);
		}
		return CustomerEconomicsJson.of(first, last, segment, customers.over(first, last, segment));
	}

	private static Encoding encoding(Encoding asked, MediaType contentType) {
		if (asked != null) {
			return asked;
		}
		// clients label text UTF-8 by habit, and detection finds UTF-8 anyway when it is true
		var charset = contentType.getCharset();
		return charset != null && charset.name().equalsIgnoreCase("windows-1251") ? Encoding.WINDOWS_1251
				: Encoding.AUTO;
	}

	/** A JSON array of customers as the table the file upload reads: a header of the columns, a line an element. */
	private UploadedTable table(byte[] content) {
		JsonNode array;
		try {
			array = json.readTree(content);
		}
		catch (JacksonException e) {
			throw new BusinessRuleViolation("body", "dashboard.api.customers.notArray");
		}
		if (array == null || !array.isArray()) {
			throw new BusinessRuleViolation("body", "dashboard.api.customers.notArray");
		}
		List<List<String>> rows = new ArrayList<>();
		rows.add(CustomerImport.COLUMNS);
		for (JsonNode element : array) {
			List<String> cells = new ArrayList<>();
			for (String column : CustomerImport.COLUMNS) {
				JsonNode value = element.isObject() ? element.get(column) : null;
				cells.add(value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
			}
			if (cells.stream().allMatch(String::isEmpty)) {
				// an element that says nothing is still a customer sent: refused, not skipped as a blank line
				cells.add("-");
			}
			rows.add(cells);
		}
		return new UploadedTable(rows);
	}
}
