package org.serviceplan.feedback.internal.series;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.serviceplan.feedback.internal.dashboard.Cells;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named figures from other systems, charted beside the feedback metrics: imported from a table with columns
 * {@code name, unit, date, value, department, touchpointId} (the last two optional), all or nothing. A series is
 * one name in one scope (the company, a department or a touchpoint); its id is derived from the workspace, name
 * and scope, so it stays the same across imports and differs between companies.
 */
@Service
@Transactional
public class NamedSeries {

	public static final List<String> COLUMNS = List.of("name", "unit", "date", "value", "department", "touchpointId");

	private final SeriesPointRepository points;
	private final TouchpointNames touchpoints;

	NamedSeries(SeriesPointRepository points, TouchpointNames touchpoints) {
		this.points = points;
		this.touchpoints = touchpoints;
	}

	/** A series as charted: its id, name, scope, unit and values by day. */
	public record Series(UUID id, String name, String department, UUID touchpointId, String unit,
			List<Point> points) {

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
		return store(read(table, touchpointsOfWorkspace(), errors), errors);
	}

	/**
	 * Values sent as records of {@link #COLUMNS} (a missing key is an empty cell), numbered by their position from
	 * 1; stored only when every record is right.
	 */
	public ImportResult importRecords(List<Map<String, String>> records) {
		List<UploadedTable.Line> lines = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Map<String, String> record = records.get(i);
			lines.add(new UploadedTable.Line(i + 1, COLUMNS.stream().map(c -> record.getOrDefault(c, "")).toList()));
		}
		List<RowError> errors = new ArrayList<>();
		List<SeriesValue> values = read(lines, IntStream.range(0, COLUMNS.size()).toArray(), touchpointsOfWorkspace(), errors);
		return store(values, errors);
	}

	private ImportResult store(List<SeriesValue> values, List<RowError> errors) {
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

	/** One series by its id, with its points from {@code from} to {@code to} (both included, either open). */
	@Transactional(readOnly = true)
	public Series series(UUID id, LocalDate from, LocalDate to) {
		Series series = all().stream()
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("series", id));
		return new Series(series.id(), series.name(), series.department(), series.touchpointId(), series.unit(),
				series.points().stream()
					.filter(p -> (from == null || !p.day().isBefore(from)) && (to == null || !p.day().isAfter(to)))
					.toList());
	}

	@Transactional(readOnly = true)
	public List<Series> all() {
		String workspace = TenantContext.currentWorkspace().map(UUID::toString).orElse("");
		Map<String, List<SeriesValue>> byScope = new LinkedHashMap<>();
		for (SeriesPoint p : points.findAllByOrderByNameAscDayAsc()) {
			SeriesValue v = p.value();
			byScope.computeIfAbsent(v.scope(), k -> new ArrayList<>())
				.add(v);
		}
		return byScope.values().stream().map(vs -> {
			SeriesValue last = vs.get(vs.size() - 1);
			UUID id = UUID.nameUUIDFromBytes((workspace + '\u0000' + last.scope()).getBytes(StandardCharsets.UTF_8));
			return new Series(id, last.name(), last.department(), last.touchpointId(), last.unit(),
					vs.stream().map(v -> new Point(v.day(), v.value())).toList());
		}).toList();
	}

	/** The workspace's touchpoints, read once per import on the first line that names one. */
	private Predicate<UUID> touchpointsOfWorkspace() {
		Map<UUID, String> known = new LinkedHashMap<>();
		boolean[] loaded = { false };
		return id -> {
			if (!loaded[0]) {
				known.putAll(touchpoints.all());
				loaded[0] = true;
			}
			return known.containsKey(id);
		};
	}

	private static List<SeriesValue> read(UploadedTable table, Predicate<UUID> touchpointKnown, List<RowError> errors) {
		for (String required : List.of("name", "date", "value")) {
			if (table.column(required) < 0) {
				errors.add(RowError.of(1, required, "dashboard.import.columnMissing", required));
			}
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		int[] columns = COLUMNS.stream().mapToInt(table::column).toArray();
		return read(table.lines(), columns, touchpointKnown, errors);
	}

	/** The lines' values; {@code columns} holds the cell of each of {@link #COLUMNS}, -1 for one not sent. */
	private static List<SeriesValue> read(List<UploadedTable.Line> lines, int[] columns,
			Predicate<UUID> touchpointKnown, List<RowError> errors) {
		int name = columns[0];
		int unit = columns[1];
		int date = columns[2];
		int value = columns[3];
		int department = columns[4];
		int touchpoint = columns[5];
		List<SeriesValue> values = new ArrayList<>();
		for (UploadedTable.Line line : lines) {
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
				if (t != null && !touchpointKnown.test(t)) {
					errors.add(RowError.of(line.number(), "touchpointId", "feedback.answer.unknownTouchpoint", t));
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
