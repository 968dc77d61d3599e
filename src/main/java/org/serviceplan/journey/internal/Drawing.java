package org.serviceplan.journey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A laid-out picture in pixels: the one model both the SVG writer and the PNG painter draw, so the two
 * downloads of a diagram always show the same thing.
 */
public record Drawing(double width, double height, String title, String description, List<Shape> shapes) {

	public Drawing {
		shapes = List.copyOf(shapes);
	}

	/** Something drawn. */
	public sealed interface Shape permits Box, Arrow, Label, Group {
	}

	/** A rectangle; {@code kind} becomes the SVG class. Colours are CSS hex ({@code #rrggbb}). */
	public record Box(String kind, double x, double y, double width, double height, String fill, String stroke,
			double strokeWidth, double radius) implements Shape {
	}

	/** A polyline ending in an arrowhead at its last point. */
	public record Arrow(String kind, List<Point> points, String stroke, double strokeWidth) implements Shape {

		public Arrow {
			points = List.copyOf(points);
		}
	}

	/**
	 * Lines of text; {@code y} is the baseline of the first line, the next lines follow {@code lineHeight} apart.
	 */
	public record Label(String kind, double x, double y, List<String> lines, double size, boolean bold,
			Anchor anchor, String fill, double lineHeight) implements Shape {

		public Label {
			lines = List.copyOf(lines);
		}
	}

	/** Shapes that belong together (a card, a function box with its texts), with SVG attributes for it. */
	public record Group(String kind, Map<String, String> attributes, List<Shape> shapes) implements Shape {

		public Group {
			// kept in the caller's order so the SVG comes out the same every time
			attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
			shapes = List.copyOf(shapes);
		}
	}

	public record Point(double x, double y) {
	}

	public enum Anchor {
		START, MIDDLE, END
	}

	/** Collects shapes while a layout is built. */
	public static final class Builder {

		private final List<Shape> shapes = new ArrayList<>();

		public Builder add(Shape shape) {
			shapes.add(shape);
			return this;
		}

		public List<Shape> shapes() {
			return shapes;
		}
	}
}
