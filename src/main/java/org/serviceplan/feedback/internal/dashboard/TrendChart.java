package org.serviceplan.feedback.internal.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A trend as a server-drawn SVG: the line of values, the 95% confidence band around it, points from too few
 * answers hollow and grey, and an optional target line. No chart library and no JavaScript: the page stays
 * readable without them and carries the same numbers in a table beside the picture.
 */
public final class TrendChart {

	static final int WIDTH = 720;
	static final int HEIGHT = 260;
	static final int LEFT = 48;
	static final int RIGHT = 16;
	static final int TOP = 16;
	static final int BOTTOM = 36;

	private TrendChart() {
	}

	/**
	 * The value axis: the points with their intervals and a margin, in round steps, within the metric's own
	 * range — a dip of ten NPS points is lost on a −100…100 axis. The axis is labelled, so nothing is hidden.
	 */
	public record Scale(double min, double max) {

		public static Scale around(List<Point> points, double floor, double ceiling) {
			double low = Double.MAX_VALUE;
			double high = -Double.MAX_VALUE;
			for (Point p : points) {
				if (p.value() != null) {
					low = Math.min(low, p.low() == null ? p.value() : p.low());
					high = Math.max(high, p.high() == null ? p.value() : p.high());
				}
			}
			if (low > high) {
				return new Scale(floor, ceiling);
			}
			double step = (ceiling - floor) / 20;
			double min = Math.max(floor, Math.floor((low - step) / step) * step);
			double max = Math.min(ceiling, Math.ceil((high + step) / step) * step);
			return new Scale(min, max);
		}
	}

	/** One period on the chart; {@code low}/{@code high} may be {@code null} (no band), {@code value} too (gap). */
	public record Point(String label, Double value, Double low, Double high, long n, boolean faint) {
	}

	/**
	 * The chart of {@code points} on the scale {@code min}…{@code max}; {@code target} draws a dashed line at that
	 * value when not {@code null}. {@code title} is the SVG's accessible name.
	 */
	public static String svg(String title, List<Point> points, double min, double max, Double target) {
		StringBuilder svg = new StringBuilder(8 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(HEIGHT).append("\" preserveAspectRatio=\"xMidYMid meet\"><title>");
		escape(title, svg);
		svg.append("</title>");
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		// horizontal grid: five lines with their values
		for (int i = 0; i <= 4; i++) {
			double v = min + (max - min) * i / 4;
			double y = y(v, min, max, plotHeight);
			svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
				.append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y))
				.append("\" stroke=\"#e0e0e0\" stroke-width=\"1\"/>");
			svg.append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4))
				.append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#5f6368\">").append(n(v)).append("</text>");
		}
		int count = points.size();
		double step = count <= 1 ? 0 : plotWidth / (count - 1);
		double x0 = count <= 1 ? LEFT + plotWidth / 2 : LEFT;
		// the band: upper edge left to right, lower edge back, for each run of points that have one
		StringBuilder band = new StringBuilder();
		StringBuilder upper = new StringBuilder();
		StringBuilder lower = new StringBuilder();
		for (int i = 0; i <= count; i++) {
			Point p = i < count ? points.get(i) : null;
			if (p != null && p.low() != null && p.high() != null) {
				double x = x0 + i * step;
				upper.append(upper.isEmpty() ? 'M' : 'L').append(n(x)).append(',').append(n(y(p.high(), min, max, plotHeight)));
				lower.insert(0, "L" + n(x) + ',' + n(y(p.low(), min, max, plotHeight)));
			}
			else if (!upper.isEmpty()) {
				band.append(upper).append(lower).append('Z');
				upper.setLength(0);
				lower.setLength(0);
			}
		}
		if (!band.isEmpty()) {
			svg.append("<path class=\"ci-band\" d=\"").append(band).append("\" fill=\"#1a73e8\" fill-opacity=\"0.15\"/>");
		}
		if (target != null) {
			double y = y(target, min, max, plotHeight);
			svg.append("<line class=\"target\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
				.append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y))
				.append("\" stroke=\"#188038\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
		}
		StringBuilder line = new StringBuilder();
		boolean pen = false;
		for (int i = 0; i < count; i++) {
			Point p = points.get(i);
			if (p.value() == null) {
				pen = false;
				continue;
			}
			line.append(pen ? 'L' : 'M').append(n(x0 + i * step)).append(',')
				.append(n(y(p.value(), min, max, plotHeight)));
			pen = true;
		}
		if (!line.isEmpty()) {
			svg.append("<path class=\"trend-line\" d=\"").append(line)
				.append("\" fill=\"none\" stroke=\"#1a73e8\" stroke-width=\"2\"/>");
		}
		int labelEvery = Math.max(1, (int) Math.ceil(count / 12.0));
		for (int i = 0; i < count; i++) {
			Point p = points.get(i);
			double x = x0 + i * step;
			if (p.value() != null) {
				svg.append("<circle class=\"").append(p.faint() ? "point faint" : "point").append("\" cx=\"").append(n(x))
					.append("\" cy=\"").append(n(y(p.value(), min, max, plotHeight))).append("\" r=\"3.5\" fill=\"")
					.append(p.faint() ? "#ffffff" : "#1a73e8").append("\" stroke=\"")
					.append(p.faint() ? "#9aa0a6" : "#1a73e8").append("\" stroke-width=\"1.5\"><title>");
				escape(p.label() + ": " + n(p.value()) + " (n = " + p.n() + ")", svg);
				svg.append("</title></circle>");
			}
			if (i % labelEvery == 0) {
				svg.append("<text class=\"axis\" x=\"").append(n(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
					.append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5f6368\">");
				escape(p.label(), svg);
				svg.append("</text>");
			}
		}
		return svg.append("</svg>").toString();
	}

	private static double y(double value, double min, double max, double plotHeight) {
		double clamped = Math.max(min, Math.min(max, value));
		return TOP + plotHeight - (clamped - min) / (max - min) * plotHeight;
	}

	private static String n(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static void escape(String text, StringBuilder out) {
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> out.append(c);
			}
		}
	}
}
