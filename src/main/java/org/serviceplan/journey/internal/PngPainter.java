package org.serviceplan.journey.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.serviceplan.journey.internal.Drawing.Anchor;
import org.serviceplan.journey.internal.Drawing.Arrow;
import org.serviceplan.journey.internal.Drawing.Box;
import org.serviceplan.journey.internal.Drawing.Group;
import org.serviceplan.journey.internal.Drawing.Label;
import org.serviceplan.journey.internal.Drawing.Point;
import org.serviceplan.journey.internal.Drawing.Shape;

/**
 * Paints a {@link Drawing} with Java2D into a PNG — the same layout the SVG has, no SVG transcoder needed. Text
 * uses Liberation Sans from the PDFBox jar already on the classpath, so Cyrillic renders on a server without
 * any font installed.
 */
public final class PngPainter {

	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static {
		// painting into an image needs no screen; outside Spring Boot (which sets this) a server with a stray
		// DISPLAY would otherwise try to reach an X server
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private static final Font REGULAR = load();

	private PngPainter() {
	}

	/** PNG bytes at {@code scale} pixels per drawing unit (1 = as laid out, 2 = for high-density screens). */
	public static byte[] paint(Drawing drawing, double scale) {
		int width = (int) Math.ceil(drawing.width() * scale);
		int height = (int) Math.ceil(drawing.height() * scale);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			paint(drawing.shapes(), g);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	private static void paint(List<Shape> shapes, Graphics2D g) {
		for (Shape shape : shapes) {
			if (shape instanceof Box box) {
					var rect = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
							box.radius() * 2, box.radius() * 2);
					if (!"none".equals(box.fill())) {
						g.setColor(Color.decode(box.fill()));
						g.fill(rect);
					}
					if (!"none".equals(box.stroke()) && box.strokeWidth() > 0) {
						g.setColor(Color.decode(box.stroke()));
						g.setStroke(new BasicStroke((float) box.strokeWidth()));
						g.draw(rect);
					}
			}
			else if (shape instanceof Arrow arrow) {
				paintArrow(arrow, g);
			}
			else if (shape instanceof Label label) {
				paintLabel(label, g);
			}
			else if (shape instanceof Group group) {
				paint(group.shapes(), g);
			}
		}
	}

	private static void paintArrow(Arrow arrow, Graphics2D g) {
		List<Point> points = arrow.points();
		Point end = points.get(points.size() - 1);
		Point before = points.get(points.size() - 2);
		double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
		// the line stops where the head begins, as the SVG marker with refX at its tip does
		double head = 8;
		Path2D line = new Path2D.Double();
		line.moveTo(points.get(0).x(), points.get(0).y());
		for (int i = 1; i < points.size() - 1; i++) {
			line.lineTo(points.get(i).x(), points.get(i).y());
		}
		line.lineTo(end.x() - Math.cos(angle) * head * 0.5, end.y() - Math.sin(angle) * head * 0.5);
		Color colour = Color.decode(arrow.stroke());
		g.setColor(colour);
		g.setStroke(new BasicStroke((float) arrow.strokeWidth()));
		g.draw(line);
		Path2D tip = new Path2D.Double();
		tip.moveTo(end.x(), end.y());
		tip.lineTo(end.x() - head * Math.cos(angle) + head / 2 * Math.sin(angle),
				end.y() - head * Math.sin(angle) - head / 2 * Math.cos(angle));
		tip.lineTo(end.x() - head * Math.cos(angle) - head / 2 * Math.sin(angle),
				end.y() - head * Math.sin(angle) + head / 2 * Math.cos(angle));
		tip.closePath();
		g.setColor(Color.decode("#222222"));
		g.fill(tip);
	}

	private static void paintLabel(Label label, Graphics2D g) {
		Font font = REGULAR.deriveFont(label.bold() ? Font.BOLD : Font.PLAIN, (float) label.size());
		g.setFont(font);
		g.setColor(Color.decode(label.fill()));
		var metrics = g.getFontMetrics();
		double y = label.y();
		for (String line : label.lines()) {
			double width = metrics.stringWidth(line);
			double x = label.anchor() == Anchor.START ? label.x()
					: label.anchor() == Anchor.MIDDLE ? label.x() - width / 2 : label.x() - width;
			g.drawString(line, (float) x, (float) y);
			y += label.lineHeight();
		}
	}

	private static Font load() {
		try (InputStream ttf = PngPainter.class.getResourceAsStream(FONT)) {
			if (ttf == null) {
				return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
			}
			return Font.createFont(Font.TRUETYPE_FONT, ttf);
		}
		catch (IOException | FontFormatException e) {
			// a missing font must not break a download: the logical font still draws Latin and most Cyrillic
			return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		}
	}
}
