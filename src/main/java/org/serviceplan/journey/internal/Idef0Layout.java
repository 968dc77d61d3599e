package org.serviceplan.journey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.serviceplan.journey.Idef0Function;
import org.serviceplan.journey.internal.Drawing.Anchor;
import org.serviceplan.journey.internal.Drawing.Arrow;
import org.serviceplan.journey.internal.Drawing.Box;
import org.serviceplan.journey.internal.Drawing.Group;
import org.serviceplan.journey.internal.Drawing.Label;
import org.serviceplan.journey.internal.Drawing.Point;
import org.serviceplan.journey.internal.Drawing.Shape;

/**
 * Lays out an IDEF0 diagram. A function without children is drawn as one box with its ICOM arrows: inputs enter
 * on the left, controls from the top, outputs leave on the right, mechanisms come from below; labels sit at the
 * free end of each arrow and the node number in the box's bottom-right corner. A decomposed function is drawn as
 * its children in a staircase from top-left to bottom-right (IDEF0's dominance order), each output feeding the
 * next step, with the parent's ICOMs as boundary arrows: inputs into the first step, outputs out of the last,
 * controls and mechanisms dealt to the steps in turn.
 */
public final class Idef0Layout {

	static final double LABEL = 15;
	static final double LINE = 18;
	static final double NAME = 19;
	static final double SIDE = 250;
	static final double MARGIN = 24;
	static final double FOOTER = 44;
	static final String INK = "#222222";

	private Idef0Layout() {
	}

	public static Drawing layout(Idef0Function function, String number, Texts texts) {
		String title = texts.get("journey.idef0.svg.title", number, function.name());
		String description = describe(function, number, texts);
		return function.decomposed() ? decomposition(function, number, title, description, texts)
				: single(function, number, title, description, texts);
	}

	private static Drawing single(Idef0Function f, String number, String title, String description, Texts texts) {
		int across = Math.max(f.controls().size(), f.mechanisms().size());
		int down = Math.max(f.inputs().size(), f.outputs().size());
		double boxWidth = Math.max(280, 150 * across);
		double boxHeight = Math.max(170, 56 * down);
		double top = MARGIN + 4 * LINE + 40;
		double left = MARGIN + SIDE;
		double width = left + boxWidth + SIDE + MARGIN;
		double bottom = top + boxHeight + 40 + 4 * LINE;
		double height = bottom + MARGIN + FOOTER;
		List<Shape> shapes = new ArrayList<>();
		shapes.add(functionBox(f, number, left, top, boxWidth, boxHeight));
		for (int i = 0; i < f.inputs().size(); i++) {
			double y = top + boxHeight * (i + 1) / (f.inputs().size() + 1);
			shapes.add(icom("input", f.inputs().get(i), new Point(MARGIN, y), new Point(left, y),
					new Point(MARGIN, y - 8), Anchor.START, SIDE - 20, true));
		}
		for (int i = 0; i < f.outputs().size(); i++) {
			double y = top + boxHeight * (i + 1) / (f.outputs().size() + 1);
			shapes.add(icom("output", f.outputs().get(i), new Point(left + boxWidth, y),
					new Point(width - MARGIN, y), new Point(width - MARGIN, y - 8), Anchor.END, SIDE - 20, true));
		}
		double slot = boxWidth / Math.max(1, across);
		for (int i = 0; i < f.controls().size(); i++) {
			double x = left + boxWidth * (i + 1) / (f.controls().size() + 1);
			shapes.add(icom("control", f.controls().get(i), new Point(x, MARGIN + 4 * LINE + 6),
					new Point(x, top), new Point(x, MARGIN + 4 * LINE), Anchor.MIDDLE, slot - 12, true));
		}
		for (int i = 0; i < f.mechanisms().size(); i++) {
			double x = left + boxWidth * (i + 1) / (f.mechanisms().size() + 1);
			shapes.add(icom("mechanism", f.mechanisms().get(i), new Point(x, bottom - 4 * LINE + 6),
					new Point(x, top + boxHeight), new Point(x, bottom - 4 * LINE + 6 + LINE), Anchor.MIDDLE,
					slot - 12, false));
		}
		shapes.add(footer(number, f.name(), width, height, texts));
		return new Drawing(width, height, title, description, shapes);
	}

	private static Drawing decomposition(Idef0Function parent, String number, String title, String description,
			Texts texts) {
		List<Idef0Function> children = parent.children();
		int n = children.size();
		double boxWidth = 210;
		double boxHeight = 120;
		double stepX = boxWidth + 70;
		double stepY = boxHeight + 50;
		double left = MARGIN + SIDE;
		double top = MARGIN + 4 * LINE + 40;
		double width = left + (n - 1) * stepX + boxWidth + SIDE + MARGIN;
		double bottom = top + (n - 1) * stepY + boxHeight + 40 + 4 * LINE;
		double height = bottom + MARGIN + FOOTER;
		List<Shape> shapes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			shapes.add(functionBox(children.get(i), Idef0Function.childNumber(number, i), left + i * stepX,
					top + i * stepY, boxWidth, boxHeight));
		}
		for (int i = 0; i + 1 < n; i++) {
			double fromX = left + i * stepX + boxWidth;
			double fromY = top + i * stepY + boxHeight / 2;
			double toX = left + (i + 1) * stepX;
			double toY = top + (i + 1) * stepY + boxHeight / 2;
			double bendX = toX - 30;
			List<String> outputs = children.get(i).outputs();
			List<Shape> flow = new ArrayList<>();
			flow.add(new Arrow("arrow", List.of(new Point(fromX, fromY), new Point(bendX, fromY),
					new Point(bendX, toY), new Point(toX, toY)), INK, 1.6));
			if (!outputs.isEmpty()) {
				// beside the vertical leg, above the next box: the only spot no other arrow crosses
				flow.add(new Label("arrow-label", bendX + 6, fromY + 20,
						TextWrap.lines(outputs.get(0), LABEL - 2, 110, 3), LABEL - 2, false, Anchor.START, INK,
						LINE - 2));
			}
			shapes.add(new Group("icom flow", Map.of(), flow));
		}
		double firstY = top;
		for (int i = 0; i < parent.inputs().size(); i++) {
			double y = firstY + boxHeight * (i + 1) / (parent.inputs().size() + 1);
			shapes.add(icom("input", parent.inputs().get(i), new Point(MARGIN, y), new Point(left, y),
					new Point(MARGIN, y - 8), Anchor.START, SIDE - 20, true, "I" + (i + 1)));
		}
		double lastX = left + (n - 1) * stepX + boxWidth;
		double lastTop = top + (n - 1) * stepY;
		for (int i = 0; i < parent.outputs().size(); i++) {
			double y = lastTop + boxHeight * (i + 1) / (parent.outputs().size() + 1);
			shapes.add(icom("output", parent.outputs().get(i), new Point(lastX, y), new Point(width - MARGIN, y),
					new Point(width - MARGIN, y - 8), Anchor.END, SIDE - 20, true, "O" + (i + 1)));
		}
		// a control or mechanism goes to step i mod n: the model does not say which step uses it, and dealing
		// them out keeps the vertical arrows apart instead of piling them on the first box
		shapes.addAll(dealt("control", parent.controls(), n, left, top, stepX, stepY, boxWidth, boxHeight, bottom));
		shapes.addAll(
				dealt("mechanism", parent.mechanisms(), n, left, top, stepX, stepY, boxWidth, boxHeight, bottom));
		shapes.add(footer(number, parent.name(), width, height, texts));
		return new Drawing(width, height, title, description, shapes);
	}

	private static List<Shape> dealt(String kind, List<String> items, int n, double left, double top, double stepX,
			double stepY, double boxWidth, double boxHeight, double bottom) {
		List<Shape> shapes = new ArrayList<>();
		for (int step = 0; step < n; step++) {
			List<String> mine = new ArrayList<>();
			List<String> codes = new ArrayList<>();
			for (int i = step; i < items.size(); i += n) {
				mine.add(items.get(i));
				codes.add(("control".equals(kind) ? "C" : "M") + (i + 1));
			}
			double boxLeft = left + step * stepX;
			double boxTop = top + step * stepY;
			for (int j = 0; j < mine.size(); j++) {
				double x = boxLeft + boxWidth * (j + 1) / (mine.size() + 1);
				double slot = stepX / mine.size() - 10;
				if ("control".equals(kind)) {
					shapes.add(icom(kind, mine.get(j), new Point(x, MARGIN + 4 * LINE + 6), new Point(x, boxTop),
							new Point(x, MARGIN + 4 * LINE), Anchor.MIDDLE, slot, true, codes.get(j)));
				}
				else {
					shapes.add(icom(kind, mine.get(j), new Point(x, bottom - 4 * LINE + 6),
							new Point(x, boxTop + boxHeight), new Point(x, bottom - 4 * LINE + 6 + LINE),
							Anchor.MIDDLE, slot, false, codes.get(j)));
				}
			}
		}
		return shapes;
	}

	private static Shape functionBox(Idef0Function f, String number, double x, double y, double w, double h) {
		List<String> name = TextWrap.lines(f.name(), NAME, w - 24, (int) ((h - 30) / (NAME + 4)));
		double textTop = y + (h - 14 - name.size() * (NAME + 4)) / 2 + NAME;
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Box("function", x, y, w, h, "#fffbe6", INK, 2, 0));
		shapes.add(new Label("function-name", x + w / 2, textTop, name, NAME, true, Anchor.MIDDLE, INK, NAME + 4));
		shapes.add(new Label("node-number", x + w - 8, y + h - 8, List.of(number), 14, true, Anchor.END, INK, 16));
		if (!f.code().isBlank()) {
			shapes.add(new Label("function-code", x + 8, y + h - 8, List.of(f.code()), 12, false, Anchor.START,
					"#555555", 14));
		}
		return new Group("function-box", Map.of("data-node", number), shapes);
	}

	/**
	 * An ICOM arrow from {@code from} to {@code to}, its label at {@code labelAt}; a label above its anchor grows
	 * upwards so its last line stays next to the arrow.
	 */
	private static Shape icom(String kind, String text, Point from, Point to, Point labelAt, Anchor anchor,
			double labelWidth, boolean above) {
		return icom(kind, text, from, to, labelAt, anchor, labelWidth, above, null);
	}

	/**
	 * The same with an ICOM code (I1, C2, O1, M3) next to the arrow's outer end, as IDEF0 marks the boundary
	 * arrows of a decomposition so they can be traced to the parent box.
	 */
	private static Shape icom(String kind, String text, Point from, Point to, Point labelAt, Anchor anchor,
			double labelWidth, boolean above, String code) {
		List<String> lines = TextWrap.lines(text, LABEL, Math.max(60, labelWidth), 4);
		double firstBaseline = above ? labelAt.y() - (lines.size() - 1) * LINE : labelAt.y();
		List<Shape> shapes = new ArrayList<>(3);
		Point start = from;
		Point end = to;
		if (code != null) {
			// horizontal arrows leave room for the code in line with them, where stacked arrows have no room above
			// or below; vertical ones carry it beside their outer end
			boolean output = "output".equals(kind);
			if (from.y() == to.y()) {
				Point outer = output ? to : from;
				start = output ? from : new Point(from.x() + 26, from.y());
				end = output ? new Point(to.x() - 26, to.y()) : to;
				shapes.add(new Label("icom-code", outer.x(), outer.y() + 4, List.of(code), 12, true,
						output ? Anchor.END : Anchor.START, "#555555", 14));
			}
			else {
				shapes.add(new Label("icom-code", from.x() + 5, from.y() + ("control".equals(kind) ? 16 : -4),
						List.of(code), 12, true, Anchor.START, "#555555", 14));
			}
		}
		shapes.add(0, new Arrow("arrow", List.of(start, end), INK, 1.6));
		shapes.add(1, new Label("arrow-label", labelAt.x(), firstBaseline, lines, LABEL, false, anchor, INK, LINE));
		return new Group("icom " + kind, Map.of(), shapes);
	}

	private static Shape footer(String number, String name, double width, double height, Texts texts) {
		double y = height - MARGIN - FOOTER;
		return new Group("frame", Map.of(), List.of(new Box("frame", MARGIN / 2, y, width - MARGIN, FOOTER,
				"#ffffff", INK, 1, 0),
				new Label("frame-node", MARGIN, y + 28, List.of(texts.get("journey.idef0.svg.node") + ": " + number),
						15, true, Anchor.START, INK, LINE),
				new Label("frame-title", width / 2, y + 28, TextWrap.lines(name, 15, width - 300, 1), 15, false,
						Anchor.MIDDLE, INK, LINE)));
	}

	private static String describe(Idef0Function f, String number, Texts texts) {
		String description = texts.get("journey.idef0.svg.desc", number, f.name(), list(f.inputs(), texts),
				list(f.controls(), texts), list(f.outputs(), texts), list(f.mechanisms(), texts));
		if (f.decomposed()) {
			List<String> steps = new ArrayList<>();
			for (int i = 0; i < f.children().size(); i++) {
				steps.add(Idef0Function.childNumber(number, i) + " " + f.children().get(i).name());
			}
			description += " " + texts.get("journey.idef0.svg.desc.children", String.join("; ", steps));
		}
		return description;
	}

	private static String list(List<String> items, Texts texts) {
		return items.isEmpty() ? texts.get("journey.idef0.svg.none") : String.join("; ", items);
	}
}
