package org.serviceplan.journey.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines that fit a width. Widths are estimated from the font size, not measured, so the
 * SVG (measured later by a browser) and the PNG get the very same lines; the factor is on the wide side of
 * Liberation Sans for Cyrillic so lines rather end early than overflow.
 */
public final class TextWrap {

	/** Average advance of a character as a share of the font size. */
	static final double CHAR_WIDTH = 0.56;

	private TextWrap() {
	}

	public static double width(String text, double size) {
		return text.length() * size * CHAR_WIDTH;
	}

	/** The text in lines no wider than {@code maxWidth}; at most {@code maxLines}, the last cut with "…". */
	public static List<String> lines(String text, double size, double maxWidth, int maxLines) {
		if (text == null || text.isBlank()) {
			return List.of("");
		}
		int perLine = Math.max(4, (int) Math.floor(maxWidth / (size * CHAR_WIDTH)));
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			while (word.length() > perLine) {
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				lines.add(word.substring(0, perLine - 1) + "-");
				word = word.substring(perLine - 1);
			}
			if (line.isEmpty()) {
				line.append(word);
			}
			else if (line.length() + 1 + word.length() <= perLine) {
				line.append(' ').append(word);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			String last = cut.get(maxLines - 1);
			cut.set(maxLines - 1, (last.length() >= perLine ? last.substring(0, perLine - 1) : last) + "…");
			return cut;
		}
		return lines;
	}
}
