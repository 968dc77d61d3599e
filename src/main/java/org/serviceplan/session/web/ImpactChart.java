package org.serviceplan.session.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * The quick-wins vs impact chart of a session's result, drawn on the server as SVG (no chart library, readable
 * without JavaScript, with a table beside it for screen readers): x is an idea's quick-win points, y its
 * important-result points, each dot labelled with the idea's number. Top right are ideas the room found both
 * quick and important — the ones seed 001 says to start with.
 */
final class ImpactChart {

	static final int WIDTH = 640;
	static final int HEIGHT = 420;
	private static final int LEFT = 56;
	private static final int RIGHT = 20;
	private static final int TOP = 20;
	private static final int BOTTOM = 50;

	/** One idea on the chart. */
	record Dot(String label, String text, int quickWin, int important) {
	}

	private ImpactChart() {
	}

	static String svg(List<Dot> dots, String xTitle, String yTitle, String caption) {
		int maxX = Math.max(1, dots.stream().mapToInt(Dot::quickWin).max().orElse(0));
		int maxY = Math.max(1, dots.stream().mapToInt(Dot::important).max().orElse(0));
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"impact-chart\" viewBox=\"0 0 ").append(WIDTH)
			.append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(caption)).append("\">");
		svg.append("<title>").append(escape(caption)).append("</title>");
		// axes
		svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "axis"));
		svg.append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "axis"));
		for (int tick : ticks(maxX)) {
			double x = LEFT + plotWidth * tick / (double) maxX;
			svg.append(line(x, TOP + plotHeight, x, TOP + plotHeight + 5, "axis"));
			svg.append(text(x, TOP + plotHeight + 18, "middle", "tick", String.valueOf(tick)));
		}
		for (int tick : ticks(maxY)) {
			double y = TOP + plotHeight - plotHeight * tick / (double) maxY;
			svg.append(line(LEFT - 5, y, LEFT, y, "axis"));
			svg.append(text(LEFT - 8, y + 4, "end", "tick", String.valueOf(tick)));
		}
		svg.append(text(LEFT + plotWidth / 2.0, HEIGHT - 8, "middle", "axis-title", xTitle));
		svg.append("<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(16 ")
			.append(TOP + plotHeight / 2).append(") rotate(-90)\">").append(escape(yTitle)).append("</text>");
		for (Dot dot : dots) {
			double x = LEFT + plotWidth * dot.quickWin() / (double) maxX;
			double y = TOP + plotHeight - plotHeight * dot.important() / (double) maxY;
			svg.append("<g class=\"dot\"><title>").append(escape(dot.label() + ". " + dot.text())).append("</title>")
				.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"11\"/>")
				.append(text(x, y + 4, "middle", "dot-label", dot.label()))
				.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	/** At most about eight whole-number ticks from 0 to max. */
	static List<Integer> ticks(int max) {
		int step = Math.max(1, (int) Math.ceil(max / 8.0));
		return java.util.stream.IntStream.rangeClosed(0, max / step).map(i -> i * step).boxed().toList();
	}

	private static String line(double x1, double y1, double x2, double y2, String css) {
		return "<line class=\"" + css + "\" x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2)
				+ "\" y2=\"" + number(y2) + "\"/>";
	}

	private static String text(double x, double y, String anchor, String css, String content) {
		return "<text class=\"" + css + "\" x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor
				+ "\">" + escape(content) + "</text>";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}
}
