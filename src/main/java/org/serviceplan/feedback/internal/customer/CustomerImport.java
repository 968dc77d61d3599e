package org.serviceplan.feedback.internal.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.serviceplan.feedback.internal.dashboard.Cells;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;

/**
 * Reads the customer table — columns {@code ref, segment, firstPurchase, lastPurchase, revenue} — into rows, or
 * into every error it has, line by line; a file with any error is taken in not at all.
 */
public final class CustomerImport {

	public static final List<String> COLUMNS = List.of("ref", "segment", "firstPurchase", "lastPurchase", "revenue");

	private CustomerImport() {
	}

	public record Result(List<CustomerRow> rows, List<RowError> errors) {

		public boolean accepted() {
			return errors.isEmpty();
		}
	}

	public static Result read(UploadedTable table) {
		List<RowError> errors = new ArrayList<>();
		for (String required : List.of("ref", "firstPurchase", "lastPurchase", "revenue")) {
			if (table.column(required) < 0) {
				errors.add(RowError.of(1, required, "dashboard.import.columnMissing", required));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(List.of(), errors);
		}
		int ref = table.column("ref");
		int segment = table.column("segment");
		int first = table.column("firstPurchase");
		int last = table.column("lastPurchase");
		int revenue = table.column("revenue");
		List<CustomerRow> rows = new ArrayList<>();
		Set<String> refs = new HashSet<>();
		for (UploadedTable.Line line : table.lines()) {
			int before = errors.size();
			String r = line.cell(ref);
			if (r.isEmpty()) {
				errors.add(RowError.of(line.number(), "ref", "validation.required"));
			}
			else if (r.length() > 200) {
				errors.add(RowError.of(line.number(), "ref", "dashboard.import.tooLong", 200));
			}
			else if (!refs.add(r)) {
				errors.add(RowError.of(line.number(), "ref", "dashboard.import.customer.duplicate", r));
			}
			String s = line.cell(segment);
			if (s.length() > 200) {
				errors.add(RowError.of(line.number(), "segment", "dashboard.import.tooLong", 200));
			}
			LocalDate f = date(line, first, "firstPurchase", errors);
			LocalDate l = date(line, last, "lastPurchase", errors);
			if (f != null && l != null && l.isBefore(f)) {
				errors.add(RowError.of(line.number(), "lastPurchase", "dashboard.import.customer.lastBeforeFirst"));
			}
			BigDecimal money = Cells.number(line.cell(revenue));
			if (money == null) {
				errors.add(RowError.of(line.number(), "revenue", "dashboard.import.notNumber", line.cell(revenue)));
			}
			else if (money.signum() < 0) {
				errors.add(RowError.of(line.number(), "revenue", "dashboard.import.negative"));
			}
			if (errors.size() == before) {
				rows.add(new CustomerRow(r, s.isEmpty() ? null : s, f, l, money));
			}
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(RowError.of(1, "", "dashboard.import.empty"));
		}
		return new Result(errors.isEmpty() ? rows : List.of(), errors);
	}

	private static LocalDate date(UploadedTable.Line line, int column, String field, List<RowError> errors) {
		LocalDate date = Cells.date(line.cell(column));
		if (date == null) {
			errors.add(RowError.of(line.number(), field, "dashboard.import.notDate", line.cell(column)));
		}
		return date;
	}
}
