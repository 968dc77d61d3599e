package org.serviceplan.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Don't cram tasks" (seed 000): a person should not carry more than a set number of open tasks at the same
 * time. Counts, per responsible person, the most open tasks whose periods overlap on some day.
 */
public record Workload(int maxOpenTasks) {

	public Workload {
		if (maxOpenTasks < 1) {
			throw new IllegalArgumentException("maxOpenTasks must be positive");
		}
	}

	/** The people above the limit, with the most tasks they carry at once. */
	public Map<UUID, Integer> overloaded(Collection<PlanTask> tasks) {
		Map<UUID, List<PlanTask>> byPerson = new HashMap<>();
		tasks.stream()
			.filter(t -> t.status().isOpen())
			.forEach(t -> byPerson.computeIfAbsent(t.responsibleId(), k -> new ArrayList<>()).add(t));
		Map<UUID, Integer> overloaded = new HashMap<>();
		byPerson.forEach((person, own) -> {
			int peak = peak(own);
			if (peak > maxOpenTasks) {
				overloaded.put(person, peak);
			}
		});
		return overloaded;
	}

	private static int peak(List<PlanTask> tasks) {
		record Edge(LocalDate day, int delta) {
		}
		List<Edge> edges = new ArrayList<>();
		for (PlanTask task : tasks) {
			edges.add(new Edge(task.startDate(), 1));
			edges.add(new Edge(task.dueDate().plusDays(1), -1));
		}
		// On the same day a task ending frees its place before the next one starts.
		edges.sort(Comparator.comparing(Edge::day).thenComparingInt(Edge::delta));
		int open = 0;
		int peak = 0;
		for (Edge edge : edges) {
			open += edge.delta();
			peak = Math.max(peak, open);
		}
		return peak;
	}
}
