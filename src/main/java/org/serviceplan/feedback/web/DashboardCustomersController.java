package org.serviceplan.feedback.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.serviceplan.feedback.internal.customer.CustomerImport;
import org.serviceplan.feedback.internal.customer.Customers;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.serviceplan.feedback.internal.dashboard.UploadedTable.Encoding;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
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
 * Customers and other figures: the customer table behind churn and LTV (with the economics the company states),
 * and named series from other systems. Both are imported from CSV or XLSX, all or nothing, with the refused lines
 * shown and downloadable.
 */
@Controller
@RequestMapping("/w/{ws}/feedback")
class DashboardCustomersController {

	static final String PAGE = "dashboard/customers";
	static final String IMPORT_FAILED = "dashboard/import-failed";
	private static final String ERRORS = "dashboard.import.errors";
	/** Months of churn shown, and pooled into the LTV's lifetime. */
	static final int MONTHS = 12;

	private final Customers customers;
	private final NamedSeries series;
	private final MessageSource messages;
	private final Clock clock;

	DashboardCustomersController(Customers customers, NamedSeries series, MessageSource messages, Clock clock) {
		this.customers = customers;
		this.series = series;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/customers")
	@Requires(Permission.VIEW_FEEDBACK)
	String show(Member member, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(member.timezone()));
		model.addAttribute("count", customers.count());
		model.addAttribute("economics", customers.economics());
		model.addAttribute("churn", customers.monthlyChurn(today, MONTHS));
		model.addAttribute("ltv", customers.ltv(today));
		model.addAttribute("series", series.all());
		model.addAttribute("customerColumns", CustomerImport.COLUMNS);
		model.addAttribute("seriesColumns", NamedSeries.COLUMNS);
		model.addAttribute("encodings", Encoding.values());
		return PAGE;
	}

	@PostMapping("/customers/import")
	@Requires(Permission.MANAGE_METRICS)
	String importCustomers(Member member, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "AUTO") Encoding encoding, Locale locale, HttpSession session, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<RowError> errors;
		UploadedTable table = read(file, encoding);
		if (table == null) {
			errors = List.of(RowError.of(1, "", "dashboard.import.unreadable"));
		}
		else {
			CustomerImport.Result result = CustomerImport.read(table);
			errors = result.errors();
			if (result.accepted()) {
				customers.replaceAll(result.rows());
				redirect.addFlashAttribute("flash", "dashboard.customers.imported");
				redirect.addFlashAttribute("flashArgs", List.of(result.rows().size()));
				return "redirect:/w/" + member.workspaceId() + "/feedback/customers";
			}
		}
		return failed(file, errors, locale, session, model, response);
	}

	@PostMapping("/series/import")
	@Requires(Permission.MANAGE_METRICS)
	String importSeries(Member member, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "AUTO") Encoding encoding, Locale locale, HttpSession session, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UploadedTable table = read(file, encoding);
		List<RowError> errors;
		if (table == null) {
			errors = List.of(RowError.of(1, "", "dashboard.import.unreadable"));
		}
		else {
			NamedSeries.ImportResult result = series.importTable(table);
			errors = result.errors();
			if (result.accepted()) {
				redirect.addFlashAttribute("flash", "dashboard.series.imported");
				redirect.addFlashAttribute("flashArgs", List.of(result.stored()));
				return "redirect:/w/" + member.workspaceId() + "/feedback/customers#series";
			}
		}
		return failed(file, errors, locale, session, model, response);
	}

	@GetMapping("/import/errors.csv")
	@Requires(Permission.MANAGE_METRICS)
	ResponseEntity<byte[]> errors(Locale locale, HttpSession session) {
		@SuppressWarnings("unchecked")
		List<DashboardErrors.Shown> errors = (List<DashboardErrors.Shown>) session.getAttribute(ERRORS);
		return DashboardErrors.csv(errors == null ? List.of() : errors, "import-errors.csv", messages, locale);
	}

	@PostMapping("/economics")
	@Requires(Permission.MANAGE_METRICS)
	String economics(Member member, @RequestParam(required = false) BigDecimal grossMargin,
			@RequestParam(required = false) Integer inactivityDays, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			customers.stateEconomics(grossMargin, inactivityDays, version);
			redirect.addFlashAttribute("flash", "dashboard.economics.saved");
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
		}
		catch (StaleRecord e) {
			redirect.addFlashAttribute("flashError", "validation.stale");
		}
		return "redirect:/w/" + member.workspaceId() + "/feedback/customers#economics";
	}

	private String failed(MultipartFile file, List<RowError> errors, Locale locale, HttpSession session, Model model,
			HttpServletResponse response) {
		List<DashboardErrors.Shown> shown = DashboardErrors.shown(errors, messages, locale);
		session.setAttribute(ERRORS, shown);
		response.setStatus(422);
		model.addAttribute("errors", shown);
		model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
		return IMPORT_FAILED;
	}

	private static UploadedTable read(MultipartFile file, Encoding encoding) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return UploadedTable.read(file.getOriginalFilename(), file.getBytes(), encoding);
		}
		catch (IOException e) {
			return null;
		}
	}
}
