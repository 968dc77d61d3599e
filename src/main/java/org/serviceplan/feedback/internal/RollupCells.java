package org.serviceplan.feedback.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.serviceplan.feedback.NewAnswer;

/** The roll-up increments of a batch, day and month cells with their score counts, in key order. */
final class RollupCells {

	static final UUID NO_TOUCHPOINT = new UUID(0, 0);

	record Cell(String metric, LocalDate bucket, UUID touchpointId, String channel, String segment) {
	}

	private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::metric)
		.thenComparing(Cell::bucket)
		.thenComparing(Cell::touchpointId)
		.thenComparing(Cell::channel)
		.thenComparing(Cell::segment);

	/* Sorted so that concurrent writers lock cells in the same order and cannot deadlock each other. */
	private final Map<Cell, long[]> daily = new TreeMap<>(ORDER);
	private final Map<Cell, long[]> monthly = new TreeMap<>(ORDER);

	void add(NewAnswer answer, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(answer.answeredAt(), zone);
		UUID touchpoint = answer.touchpointId() == null ? NO_TOUCHPOINT : answer.touchpointId();
		String channel = answer.channel() == null ? "" : answer.channel();
		String segment = answer.segment() == null ? "" : answer.segment();
		String metric = answer.metric().name();
		daily.computeIfAbsent(new Cell(metric, day, touchpoint, channel, segment), k -> new long[11])[answer.score()]++;
		monthly.computeIfAbsent(new Cell(metric, day.withDayOfMonth(1), touchpoint, channel, segment),
				k -> new long[11])[answer.score()]++;
	}

	boolean isEmpty() {
		return daily.isEmpty();
	}

	void eachDaily(BiConsumer<Cell, long[]> action) {
		daily.forEach(action);
	}

	void eachMonthly(BiConsumer<Cell, long[]> action) {
		monthly.forEach(action);
	}
}
