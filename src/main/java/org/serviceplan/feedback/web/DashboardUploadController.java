package org.serviceplan.feedback.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.serviceplan.feedback.Feedback;
import org.serviceplan.feedback.IngestFormat;
import org.serviceplan.feedback.IngestReport;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.serviceplan.feedback.internal.dashboard.UploadedTable.Encoding;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answers uploaded through the UI: the same CSV the ingestion API takes (or an XLSX workbook with the same
 * columns, converted row by row), streamed into the answers through the same ingest; the page shows upload
 * progress, then the counts and the refused lines, which download as a CSV.
 */
@Controller
@RequestMapping("/w/{ws}/feedback/upload")
class DashboardUploadController {

	static final String FORM = "dashboard/upload";
	static final String RESULT = "dashboard/upload-result";
	private static final String REPORT = "dashboard.upload.report";
	/** The header row the ingest reads: the fields of the ingestion API. */
	static final String COLUMNS = "metric,score,answeredAt,touchpointId,channel,segment,customerRef,comment,externalId";

	private final Feedback feedback;
	private final MessageSource messages;

	DashboardUploadController(Feedback feedback, MessageSource messages) {
		this.feedback = feedback;
		this.messages = messages;
	}

	/** What an upload came to, kept in the session for its result page and the error report. */
	record Outcome(String fileName, long accepted, long duplicates, long rejectedTotal,
			List<DashboardErrors.Shown> rejected) implements Serializable {
	}

	@GetMapping
	@Requires(Permission.INGEST_FEEDBACK)
	String form(Model model) {
		model.addAttribute("encodings", Encoding.values());
		model.addAttribute("columns", COLUMNS);
		return FORM;
	}

	@PostMapping
	@Requires(Permission.INGEST_FEEDBACK)
	String upload(Member member, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "AUTO") Encoding encoding, Locale locale, HttpSession session,
			RedirectAttributes redirect) throws IOException {
		String upload = "redirect:/w/" + member.workspaceId() + "/feedback/upload";
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "dashboard.upload.noFile");
			return upload;
		}
		IngestReport report;
		if (UploadedTable.isWorkbook(file.getOriginalFilename())) {
			UploadedTable table;
			try {
				table = UploadedTable.read(file.getOriginalFilename(), file.getBytes(), Encoding.UTF_8);
			}
			catch (IOException e) {
				redirect.addFlashAttribute("flashError", "dashboard.import.unreadable");
				return upload;
			}
			report = feedback.ingest(member.workspaceId(), new ByteArrayInputStream(csv(table)), IngestFormat.CSV,
					StandardCharsets.UTF_8, locale);
		}
		else {
			try (InputStream body = file.getInputStream()) {
				report = feedback.ingest(member.workspaceId(), body, IngestFormat.CSV, charset(encoding), locale);
			}
		}
		session.setAttribute(REPORT,
				new Outcome(file.getOriginalFilename(), report.accepted(), report.duplicates(), report.rejectedTotal(),
						report.rejected().stream()
							.map(r -> new DashboardErrors.Shown(r.line(), r.field(), r.message()))
							.toList()));
		return upload + "/result";
	}

	@GetMapping("/result")
	@Requires(Permission.INGEST_FEEDBACK)
	String result(Member member, HttpSession session, Model model) {
		Object outcome = session.getAttribute(REPORT);
		if (outcome == null) {
			return "redirect:/w/" + member.workspaceId() + "/feedback/upload";
		}
		model.addAttribute("outcome", outcome);
		return RESULT;
	}

	@GetMapping("/errors.csv")
	@Requires(Permission.INGEST_FEEDBACK)
	ResponseEntity<byte[]> errors(Locale locale, HttpSession session) {
		Outcome outcome = (Outcome) session.getAttribute(REPORT);
		return DashboardErrors.csv(outcome == null ? List.of() : outcome.rejected(), "answers-errors.csv", messages,
				locale);
	}

	/** The user's choice; {@code null} lets the ingest detect it (BOM, valid UTF-8, else Windows-1251). */
	private static Charset charset(Encoding encoding) {
		return switch (encoding) {
			case UTF_8 -> StandardCharsets.UTF_8;
			case WINDOWS_1251 -> Charset.forName("windows-1251");
			case AUTO -> null;
		};
	}

	/** The workbook's first sheet as the CSV the ingest reads, line for line (so error lines match the sheet's rows). */
	private static byte[] csv(UploadedTable table) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			for (List<String> row : table.rows()) {
				printer.printRecord(row);
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}
}
