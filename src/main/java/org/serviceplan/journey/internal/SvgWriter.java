package org.serviceplan.journey.internal;

import java.util.Locale;
import java.util.Map;

import org.serviceplan.journey.internal.Drawing.Arrow;
import org.serviceplan.journey.internal.Drawing.Box;
import org.serviceplan.journey.internal.Drawing.Group;
import org.serviceplan.journey.internal.Drawing.Label;
import org.serviceplan.journey.internal.Drawing.Point;
import org.serviceplan.journey.internal.Drawing.Shape;

/** Writes a {@link Drawing} as a standalone SVG 1.1 document. */
public final class SvgWriter {

	/** Fonts that have Cyrillic, in the order viewers are likely to have them. */
	public static final String FONT_FAMILY = "Liberation Sans, DejaVu Sans, Arial, sans-serif";

	private SvgWriter() {
	}

	public static String write(Drawing drawing) {
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
			.append(" aria-labelledby=\"title desc\" width=\"")
			.append(number(drawing.width()))
			.append("\" height=\"")
			.append(number(drawing.height()))
			.append("\" viewBox=\"0 0 ")
			.append(number(drawing.width()))
			.append(' ')
			.append(number(drawing.height()))
			.append("\" font-family=\"")
			.append(FONT_FAMILY)
			.append("\">\n<title id=\"title\">");
		escape(drawing.title(), svg);
		svg.append("</title>\n<desc id=\"desc\">");
		escape(drawing.description(), svg);
		svg.append("</desc>\n<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
			.append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
			.append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#222222\"/></marker></defs>\n")
			.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		for (Shape shape : drawing.shapes()) {
			write(shape, svg);
		}
		return svg.append("</svg>\n").toString();
	}

	private static void write(Shape shape, StringBuilder svg) {
		if (shape instanceof Box box) {
			svg.append("<rect class=\"").append(box.kind()).append("\" x=\"").append(number(box.x()));
			svg.append("\" y=\"").append(number(box.y())).append("\" width=\"").append(number(box.width()));
			svg.append("\" height=\"").append(number(box.height())).append("\" rx=\"").append(number(box.radius()));
			svg.append("\" fill=\"").append(box.fill()).append("\" stroke=\"").append(box.stroke());
			svg.append("\" stroke-width=\"").append(number(box.strokeWidth())).append("\"/>\n");
		}
		else if (shape instanceof Arrow arrow) {
			svg.append("<path class=\"").append(arrow.kind()).append("\" d=\"");
			for (int i = 0; i < arrow.points().size(); i++) {
				Point p = arrow.points().get(i);
				svg.append(i == 0 ? 'M' : 'L').append(number(p.x())).append(',').append(number(p.y()));
			}
			svg.append("\" fill=\"none\" stroke=\"").append(arrow.stroke()).append("\" stroke-width=\"");
			svg.append(number(arrow.strokeWidth())).append("\" marker-end=\"url(#arrowhead)\"/>\n");
		}
		else if (shape instanceof Label label) {
			svg.append("<text class=\"").append(label.kind()).append("\" x=\"").append(number(label.x()));
			svg.append("\" y=\"").append(number(label.y())).append("\" font-size=\"").append(number(label.size()));
			svg.append("\" fill=\"").append(label.fill()).append("\" text-anchor=\"");
			svg.append(label.anchor().name().toLowerCase(Locale.ROOT));
			if (label.bold()) {
				svg.append("\" font-weight=\"bold");
			}
			svg.append("\">");
			for (int i = 0; i < label.lines().size(); i++) {
				svg.append("<tspan x=\"").append(number(label.x())).append("\" dy=\"");
				svg.append(i == 0 ? "0" : number(label.lineHeight())).append("\">");
				escape(label.lines().get(i), svg);
				svg.append("</tspan>");
			}
			svg.append("</text>\n");
		}
		else if (shape instanceof Group group) {
			svg.append("<g class=\"").append(group.kind()).append('"');
			for (Map.Entry<String, String> attribute : group.attributes().entrySet()) {
				svg.append(' ').append(attribute.getKey()).append("=\"");
				escape(attribute.getValue(), svg);
				svg.append('"');
			}
			svg.append(">\n");
			for (Shape inner : group.shapes()) {
				write(inner, svg);
			}
			svg.append("</g>\n");
		}
	}

	/** Text and attribute values: the five XML specials, and control characters XML 1.0 cannot hold at all. */
	public static void escape(String text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
					else {
						out.append(' ');
					}
				}
			}
		}
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e9) {
			return Long.toString((long) value);
		}
		long rounded = Math.round(value * 10);
		return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
	}
}
