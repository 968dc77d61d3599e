package org.serviceplan.feedback.internal.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.feedback.internal.dashboard.Cells;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named figures from other systems, charted beside the feedback metrics: imported from a table with columns
 * {@code name, unit, date, value, department, touchpointId} (the last two optional), all or nothing.
 */
@Service
@Transactional
public class NamedSeries {

	public static final List<String> COLUMNS = List.of("name", "unit", "date", "value", "department", "touchpointId");

	private final SeriesPointRepository points;

	NamedSeries(SeriesPointRepository points) {
		this.points = points;
	}

	/** A series as charted: its name, scope, unit and values by day. */
	public record Series(String name, String department, UUID touchpointId, String unit, List<Point> points) {

		public String label() {
			return department != null ? name + " · " + department : name;
		}
	}

	public record Point(LocalDate day, BigDecimal value) {
	}

	public record ImportResult(int stored, List<RowError> errors) {

		public boolean accepted() {
			return errors.isEmpty();
		}
	}

	/** Reads the table; stores it only when every line is right. */
	public ImportResult importTable(UploadedTable table) {
		List<RowError> errors = new ArrayList<>();
		List<SeriesValue> values = read(table, errors);
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		store(values);
		return new ImportResult(values.size(), List.of());
	}

	/** Stores values; one that names a figure, scope and day already stored replaces it. */
	public void store(List<SeriesValue> values) {
		Map<String, SeriesPoint> existing = points
			.findByNameInOrderByDay(values.stream().map(SeriesValue::name).distinct().toList())
			.stream()
			.collect(Collectors.toMap(SeriesPoint::key, Function.identity(), (a, b) -> a));
		List<SeriesPoint> fresh = new ArrayList<>();
		for (SeriesValue value : values) {
			SeriesPoint known = existing.get(value.key());
			if (known != null) {
				known.measured(value);
			}
			else {
				SeriesPoint point = new SeriesPoint(value);
				existing.put(value.key(), point);
				fresh.add(point);
			}
		}
		points.saveAll(fresh);
	}

	@Transactional(readOnly = true)
	public List<Series> all() {
		Map<String, List<SeriesValue>> byScope = new LinkedHashMap<>();
		for (SeriesPoint p : points.findAllByOrderByNameAscDayAsc()) {
			SeriesValue v = p.value();
			byScope.computeIfAbsent(v.name() + '\u0000' + v.department() + '\u0000' + v.touchpointId(),
					k -> new ArrayList<>())
				.add(v);
		}
		return byScope.values().stream().map(vs -> {
			SeriesValue last = vs.get(vs.size() - 1);
			return new Series(last.name(), last.department(), last.touchpointId(), last.unit(),
					vs.stream().map(v -> new Point(v.day(), v.value())).toList());
		}).toList();
	}

	static List<SeriesValue> read(UploadedTable table, List<RowError> errors) {
		for (String required : List.of("name", "date", "value")) {
			if (table.column(required) < 0) {
				errors.add(RowError.of(1, required, "dashboard.import.columnMissing", required));
			}
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		int name = table.column("name");
		int unit = table.column("unit");
		int date = table.column("date");
		int value = table.column("value");
		int department = table.column("department");
		int touchpoint = table.column("touchpointId");
		List<SeriesValue> values = new ArrayList<>();
		for (UploadedTable.Line line : table.lines()) {
			int before = errors.size();
			String n = line.cell(name);
			if (n.isEmpty()) {
				errors.add(RowError.of(line.number(), "name", "validation.required"));
			}
			else if (n.length() > 200) {
				errors.add(RowError.of(line.number(), "name", "dashboard.import.tooLong", 200));
			}
			String u = line.cell(unit);
			if (u.length() > 50) {
				errors.add(RowError.of(line.number(), "unit", "dashboard.import.tooLong", 50));
			}
			LocalDate day = Cells.date(line.cell(date));
			if (day == null) {
				errors.add(RowError.of(line.number(), "date", "dashboard.import.notDate", line.cell(date)));
			}
			BigDecimal v = Cells.number(line.cell(value));
			if (v == null) {
				errors.add(RowError.of(line.number(), "value", "dashboard.import.notNumber", line.cell(value)));
			}
			String d = line.cell(department);
			if (d.length() > 200) {
				errors.add(RowError.of(line.number(), "department", "dashboard.import.tooLong", 200));
			}
			UUID t = null;
			if (!line.cell(touchpoint).isEmpty()) {
				try {
					t = UUID.fromString(line.cell(touchpoint));
				}
				catch (IllegalArgumentException e) {
					errors.add(RowError.of(line.number(), "touchpointId", "dashboard.import.notId", line.cell(touchpoint)));
				}
			}
			if (errors.size() == before) {
				values.add(new SeriesValue(n, u.isEmpty() ? null : u, day, v, d.isEmpty() ? null : d, t));
			}
		}
		if (values.isEmpty() && errors.isEmpty()) {
			errors.add(RowError.of(1, "", "dashboard.import.empty"));
		}
		return values;
	}
}
