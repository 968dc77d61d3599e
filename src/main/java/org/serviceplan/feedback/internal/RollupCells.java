package org.serviceplan.feedback.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.serviceplan.feedback.NewAnswer;

/**
 * Roll-up increments gathered while answers are stored: day cells with their score counts; month cells are summed
 * from them when written. Both are handed out in key order.
 */
final class RollupCells {

	static final UUID NO_TOUCHPOINT = new UUID(0, 0);

	record Cell(String metric, LocalDate bucket, UUID touchpointId, String channel, String segment) {
	}

	/* Concurrent writers lock cells in the same order and cannot deadlock each other. */
	private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::metric)
		.thenComparing(Cell::bucket)
		.thenComparing(Cell::touchpointId)
		.thenComparing(Cell::channel)
		.thenComparing(Cell::segment);

	private final int limit;
	private final Map<Cell, long[]> daily = new HashMap<>();
	/* every answer brings its own copies of these; a cell keeps one shared copy */
	private final Map<Object, Object> shared = new HashMap<>();

	/** @param limit cells held before {@link #isFull()} asks for them to be written out, so a file with endless distinct cells streams too */
	RollupCells(int limit) {
		this.limit = limit;
	}

	void add(NewAnswer answer, ZoneId zone) {
		LocalDate day = shared(LocalDate.ofInstant(answer.answeredAt(), zone));
		UUID touchpoint = answer.touchpointId() == null ? NO_TOUCHPOINT : shared(answer.touchpointId());
		String channel = answer.channel() == null ? "" : shared(answer.channel());
		String segment = answer.segment() == null ? "" : shared(answer.segment());
		daily.computeIfAbsent(new Cell(answer.metric().name(), day, touchpoint, channel, segment),
				k -> new long[11])[answer.score()]++;
	}

	boolean isEmpty() {
		return daily.isEmpty();
	}

	boolean isFull() {
		return daily.size() >= limit;
	}

	void clear() {
		daily.clear();
		shared.clear();
	}

	@SuppressWarnings("unchecked")
	private <T> T shared(T value) {
		return (T) shared.computeIfAbsent(value, v -> v);
	}

	/** Day cells in no particular order, for a writer that sorts them itself or needs no order. */
	void eachDailyUnordered(BiConsumer<Cell, long[]> action) {
		daily.forEach(action);
	}

	void eachDaily(BiConsumer<Cell, long[]> action) {
		Map<Cell, long[]> sorted = new TreeMap<>(ORDER);
		sorted.putAll(daily);
		sorted.forEach(action);
	}

	void eachMonthly(BiConsumer<Cell, long[]> action) {
		Map<Cell, long[]> monthly = new TreeMap<>(ORDER);
		daily.forEach((day, counts) -> {
			long[] month = monthly.computeIfAbsent(new Cell(day.metric(), day.bucket().withDayOfMonth(1),
					day.touchpointId(), day.channel(), day.segment()), k -> new long[11]);
			for (int i = 0; i < counts.length; i++) {
				month[i] += counts[i];
			}
		});
		monthly.forEach(action);
	}
}
