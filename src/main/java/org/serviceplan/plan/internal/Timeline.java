package org.serviceplan.plan.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.serviceplan.plan.TaskStatus;

/**
 * The geometry of a plan's Gantt-like timeline, in pixels of an SVG drawn on the server: a lane per task
 * grouped under its block, a bar from its start to its due date, a vertical line per checkpoint, a tick per
 * month and a marker for today when it lies inside the period.
 */
public record Timeline(int width, int height, int chartLeft, int chartTop, int chartBottom, List<Block> blocks,
		List<Bar> bars, List<Line> checkpoints, List<Tick> months, Integer todayX) {

	static final int LABEL_WIDTH = 240;
	static final int CHART_WIDTH = 720;
	static final int HEADER = 40;
	static final int FOOTER = 24;
	static final int BLOCK_ROW = 24;
	static final int TASK_ROW = 26;
	static final int BAR_HEIGHT = 14;

	/** A block's heading row. */
	public record Block(String name, int y) {
	}

	/** A task's bar; {@code labelY} is the baseline of its title in the label column. */
	public record Bar(PlanTask task, int x, int y, int width, int height, int labelY, TaskStatus status,
			boolean overdue) {
	}

	/** A checkpoint's line with its label below the chart. */
	public record Line(Checkpoint checkpoint, int x, boolean closed) {
	}

	/** The first day of a month, where its label goes. */
	public record Tick(LocalDate month, int x) {
	}

	public static Timeline of(ServicePlan plan, LocalDate today) {
		PlanPeriod period = plan.period();
		long days = ChronoUnit.DAYS.between(period.start(), period.end().plusDays(1));
		Map<String, List<PlanTask>> byBlock = new LinkedHashMap<>();
		plan.tasks().forEach(t -> byBlock.computeIfAbsent(t.block(), b -> new ArrayList<>()).add(t));

		List<Block> blocks = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		int y = HEADER;
		for (Map.Entry<String, List<PlanTask>> block : byBlock.entrySet()) {
			blocks.add(new Block(block.getKey(), y));
			y += BLOCK_ROW;
			for (PlanTask task : block.getValue()) {
				int x = x(period, days, task.startDate());
				int end = x(period, days, task.dueDate().plusDays(1));
				int top = y + (TASK_ROW - BAR_HEIGHT) / 2;
				bars.add(new Bar(task, x, top, Math.max(3, end - x), BAR_HEIGHT, y + TASK_ROW / 2 + 4, task.status(),
						task.isOverdueOn(today)));
				y += TASK_ROW;
			}
		}
		int chartBottom = Math.max(y, HEADER + BLOCK_ROW);
		List<Line> lines = plan.checkpoints().stream()
			.map(c -> new Line(c, x(period, days, c.date()), c.isClosed()))
			.toList();
		List<Tick> months = new ArrayList<>();
		for (LocalDate m = period.start().withDayOfMonth(1); !m.isAfter(period.end()); m = m.plusMonths(1)) {
			LocalDate at = m.isBefore(period.start()) ? period.start() : m;
			months.add(new Tick(m, x(period, days, at)));
		}
		Integer todayX = period.contains(today) ? x(period, days, today) : null;
		return new Timeline(LABEL_WIDTH + CHART_WIDTH + 10, chartBottom + FOOTER, LABEL_WIDTH, HEADER, chartBottom,
				blocks, bars, lines, months, todayX);
	}

	private static int x(PlanPeriod period, long days, LocalDate date) {
		long offset = ChronoUnit.DAYS.between(period.start(), date);
		return LABEL_WIDTH + (int) Math.round(offset * (double) CHART_WIDTH / days);
	}
}
