package org.serviceplan.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The barrier matrix (матрица барьеров): pains laid out by severity × frequency on a 5 × 5 grid, with the pains
 * of each cell and a ranked list. Rules, each with a test of the same name:
 * <ul>
 * <li><b>filters</b> by stage, zone, department and "open only" ({@link PainFilter}; {@code null} = any);</li>
 * <li><b>ranksBySeverityTimesFrequency</b>: the worst first; on a tie the more severe first (a rare disaster
 * beats a frequent nuisance), then by description, so the order is stable;</li>
 * <li><b>cssLevel</b> of a cell by its score severity × frequency: {@code low} 1–4, {@code medium} 5–9,
 * {@code high} 10–15, {@code critical} 16–25 — so 4×4 and anything with a 5 next to a 4 or 5 is critical, and a
 * pain that is either very rare or very mild never leaves low/medium.</li>
 * </ul>
 */
public final class BarrierMatrix {

	/** Severity and frequency run from 1 to 5. */
	public static final int SIZE = 5;

	/** Worst score first; ties: higher severity, then description (case-insensitive), then id for stability. */
	static final Comparator<PainPoint> RANKING = Comparator.comparingInt(PainPoint::score).reversed()
		.thenComparing(Comparator.comparingInt(PainPoint::severity).reversed())
		.thenComparing(PainPoint::description, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(pain -> pain.painId() == null ? "" : pain.painId().toString());

	private final Cell[][] cells = new Cell[SIZE][SIZE];
	private final List<PainPoint> ranked;

	private BarrierMatrix(List<PainPoint> shown) {
		this.ranked = shown.stream().sorted(RANKING).toList();
		for (int severity = 1; severity <= SIZE; severity++) {
			for (int frequency = 1; frequency <= SIZE; frequency++) {
				int s = severity;
				int f = frequency;
				cells[severity - 1][frequency - 1] = new Cell(s, f,
						ranked.stream().filter(p -> p.severity() == s && p.frequency() == f).toList());
			}
		}
	}

	/** The matrix of the pains that pass the filter ({@code null} filter = all pains). */
	public static BarrierMatrix of(List<PainPoint> pains, PainFilter filter) {
		PainFilter applied = filter == null ? PainFilter.NONE : filter;
		return new BarrierMatrix(pains.stream().filter(applied::accepts).toList());
	}

	/** The cell at severity and frequency, both 1..5. */
	public Cell cell(int severity, int frequency) {
		if (severity < 1 || severity > SIZE || frequency < 1 || frequency > SIZE) {
			throw new IllegalArgumentException("cell " + severity + "×" + frequency + " is outside 1..5");
		}
		return cells[severity - 1][frequency - 1];
	}

	/**
	 * Rows for drawing: the most severe row first (severity 5 at the top, as on a risk matrix), each row with
	 * frequency 1 to 5 from left to right.
	 */
	public List<List<Cell>> rows() {
		List<List<Cell>> rows = new ArrayList<>();
		for (int severity = SIZE; severity >= 1; severity--) {
			rows.add(List.of(cells[severity - 1]));
		}
		return rows;
	}

	/** The shown pains, worst first (see {@link #RANKING}). */
	public List<PainPoint> ranked() {
		return ranked;
	}

	/** How many pains passed the filter. */
	public int total() {
		return ranked.size();
	}

	/** The level of a score position, see the class comment: low, medium, high or critical. */
	public static String cssLevel(int severity, int frequency) {
		int score = severity * frequency;
		if (score >= 16) {
			return "critical";
		}
		if (score >= 10) {
			return "high";
		}
		if (score >= 5) {
			return "medium";
		}
		return "low";
	}

	/** One cell of the grid with its pains, worst first. */
	public record Cell(int severity, int frequency, List<PainPoint> pains) {

		public Cell {
			pains = List.copyOf(pains);
		}

		public int count() {
			return pains.size();
		}

		public int score() {
			return severity * frequency;
		}

		/** low / medium / high / critical by {@link #score()}; the view uses it as a CSS class suffix. */
		public String cssLevel() {
			return BarrierMatrix.cssLevel(severity, frequency);
		}
	}
}
