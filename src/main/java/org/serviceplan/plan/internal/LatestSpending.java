package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each task has spent so far: the figure of its latest report that names one (reports state the total
 * spent to date, so they replace each other rather than add up).
 */
public final class LatestSpending {

	private LatestSpending() {
	}

	public static Map<UUID, BigDecimal> of(List<CheckpointReport> reports, List<Checkpoint> checkpoints) {
		Map<UUID, LocalDate> dates = checkpoints.stream()
			.collect(Collectors.toMap(Checkpoint::id, Checkpoint::date));
		Function<CheckpointReport, LocalDate> dateOf = r -> dates.getOrDefault(r.checkpointId(), LocalDate.MIN);
		Comparator<CheckpointReport> latestLast = Comparator.comparing(dateOf).thenComparing(CheckpointReport::filedAt);
		Map<UUID, BigDecimal> spent = new HashMap<>();
		reports.stream()
			.filter(r -> r.spent() != null)
			.sorted(latestLast)
			.forEach(r -> spent.put(r.taskId(), r.spent()));
		return spent;
	}
}
