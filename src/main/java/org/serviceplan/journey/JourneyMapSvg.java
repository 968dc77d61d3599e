package org.serviceplan.journey;

import java.util.Locale;

import org.serviceplan.journey.internal.MapLayout;
import org.serviceplan.journey.internal.PngPainter;
import org.serviceplan.journey.internal.SvgWriter;
import org.serviceplan.journey.internal.Texts;

/**
 * Draws a whole journey map for export: stages as columns, zones and elements as framed groups, touchpoints as
 * cards with channel, pain count and the expectation gap in colour (red below, green as, blue above
 * expectations). Landscape and with large type, to be read on a projector or printed.
 */
public final class JourneyMapSvg {

	private JourneyMapSvg() {
	}

	/** Standalone SVG 1.1 of the map; texts in the locale's language (Russian unless English is asked for). */
	public static String render(MapView map, Locale locale) {
		return SvgWriter.write(MapLayout.layout(map, Texts.of(locale)));
	}

	/** PNG of the same layout at 1:1. */
	public static byte[] png(MapView map, Locale locale) {
		return PngPainter.paint(MapLayout.layout(map, Texts.of(locale)), 1);
	}

	/**
	 * What a card shows instead of its expectation gap when another module colours the map by what it measures
	 * per touchpoint: the colour (CSS hex), one line of text, and whether the figure is too thin to trust (the
	 * card is greyed, never hidden).
	 */
	public record CardOverlay(String colour, String text, boolean faint) {
	}

	/** The map with each card the overlay answers for recoloured; cards it answers {@code null} for keep the gap. */
	public static String render(MapView map, Locale locale, java.util.function.Function<java.util.UUID, CardOverlay> overlay) {
		return SvgWriter.write(org.serviceplan.journey.internal.Overlay.apply(MapLayout.layout(map, Texts.of(locale)),
				overlay));
	}
}
