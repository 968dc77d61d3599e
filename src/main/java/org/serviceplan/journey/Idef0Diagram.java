package org.serviceplan.journey;

import java.util.Locale;

import org.serviceplan.journey.internal.Drawing;
import org.serviceplan.journey.internal.Idef0Layout;
import org.serviceplan.journey.internal.PngPainter;
import org.serviceplan.journey.internal.SvgWriter;
import org.serviceplan.journey.internal.Texts;

/**
 * Draws one IDEF0 function: the box with its ICOM arrows (inputs left, controls top, outputs right, mechanisms
 * bottom, node number bottom-right), or — when it is decomposed — its child functions in a staircase with the
 * parent's arrows at the boundary. SVG and PNG come from the same layout.
 */
public final class Idef0Diagram {

	private Idef0Diagram() {
	}

	/** Standalone SVG 1.1 of {@code function} drawn as node {@code number} (e.g. {@code A0}, {@code A12}). */
	public static String svg(Idef0Function function, String number, Locale locale) {
		return SvgWriter.write(layout(function, number, locale));
	}

	/** PNG of the same drawing, twice the SVG's pixel size so labels stay sharp on a projector. */
	public static byte[] png(Idef0Function function, String number, Locale locale) {
		return PngPainter.paint(layout(function, number, locale), 2);
	}

	private static Drawing layout(Idef0Function function, String number, Locale locale) {
		return Idef0Layout.layout(function, number, Texts.of(locale));
	}
}
