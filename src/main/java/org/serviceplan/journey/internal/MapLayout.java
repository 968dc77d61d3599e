package org.serviceplan.journey.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.serviceplan.journey.ElementView;
import org.serviceplan.journey.MapView;
import org.serviceplan.journey.StageView;
import org.serviceplan.journey.TouchpointCard;
import org.serviceplan.journey.TouchpointCard.GapLevel;
import org.serviceplan.journey.ZoneView;
import org.serviceplan.journey.internal.Drawing.Anchor;
import org.serviceplan.journey.internal.Drawing.Box;
import org.serviceplan.journey.internal.Drawing.Group;
import org.serviceplan.journey.internal.Drawing.Label;
import org.serviceplan.journey.internal.Drawing.Shape;

/**
 * Lays out a journey map for a wall or a projector: stages are columns left to right, inside each the touchpoints
 * sitting directly in the stage, then each zone as a framed group with its own touchpoints and its elements as
 * inner groups. Fonts are large (cards' names 22 px at 1:1) and the page is landscape: when the columns would
 * run taller than wide, cards go two or more abreast inside each group.
 */
public final class MapLayout {

	static final double MARGIN = 32;
	static final double CARD_WIDTH = 300;
	static final double CARD_HEIGHT = 160;
	static final double GAP = 14;
	static final double STAGE_GAP = 28;
	static final double TITLE = 36;
	static final double STAGE = 28;
	static final double ZONE = 23;
	static final double ELEMENT = 20;
	static final double NAME = 22;
	static final double DETAIL = 17;
	static final double PAD = 14;
	/** Width ÷ height the map aims at: a landscape A-series page. */
	static final double LANDSCAPE = 1.41;
	static final int MAX_ACROSS = 4;
	static final String INK = "#1f1f1f";
	static final Map<GapLevel, String> GAP_COLOURS = Map.of(GapLevel.BAD, "#c5221f", GapLevel.GOOD, "#188038",
			GapLevel.EXCELLENT, "#1a73e8");
	static final String UNKNOWN_GAP = "#9aa0a6";

	private MapLayout() {
	}

	public static Drawing layout(MapView map, Texts texts) {
		Drawing drawing = null;
		for (int across = 1; across <= MAX_ACROSS; across++) {
			drawing = new MapLayout.Pass(map, texts, across).draw();
			if (drawing.width() >= drawing.height() * LANDSCAPE) {
				break;
			}
		}
		return drawing;
	}

	/** One attempt at a number of cards abreast. */
	private static final class Pass {

		private final MapView map;
		private final Texts texts;
		private final int across;
		private final double columnWidth;
		private final Map<String, String> channels = new HashMap<>();

		Pass(MapView map, Texts texts, int across) {
			this.map = map;
			this.texts = texts;
			this.across = across;
			// two group frames of padding around the cards: zone and element
			this.columnWidth = across * CARD_WIDTH + (across - 1) * GAP + 4 * PAD;
		}

		Drawing draw() {
			List<Shape> shapes = new ArrayList<>();
			List<String> title = TextWrap.lines(map.title(), TITLE, Math.max(600, columns() * columnWidth), 2);
			shapes.add(new Label("map-title", MARGIN, MARGIN + TITLE, title, TITLE, true, Anchor.START, INK,
					TITLE + 8));
			double top = MARGIN + title.size() * (TITLE + 8) + 16;
			double bottom = top;
			for (int i = 0; i < map.stages().size(); i++) {
				double x = MARGIN + i * (columnWidth + STAGE_GAP);
				List<Shape> stage = new ArrayList<>();
				double y = stage(map.stages().get(i), x, top, stage);
				shapes.add(new Group("stage", Map.of("data-id", id(map.stages().get(i).id())), stage));
				bottom = Math.max(bottom, y);
			}
			if (map.stages().isEmpty()) {
				shapes.add(new Label("empty", MARGIN, top + DETAIL * 2, List.of(texts.get("journey.map.svg.empty")),
						DETAIL + 4, false, Anchor.START, "#5f6368", DETAIL));
				bottom = top + DETAIL * 3;
			}
			double width = Math.max(800, MARGIN * 2 + columns() * columnWidth + Math.max(0, columns() - 1) * STAGE_GAP);
			double height = bottom + MARGIN;
			String description = texts.get("journey.map.svg.desc", map.stages().size(), map.touchpointCount());
			return new Drawing(width, height, map.title(), description, shapes);
		}

		private int columns() {
			return Math.max(1, map.stages().size());
		}

		/** Draws a stage column from {@code top}; answers where it ends. */
		private double stage(StageView stage, double x, double top, List<Shape> shapes) {
			List<String> name = TextWrap.lines(stage.name(), STAGE, columnWidth - 2 * PAD, 2);
			double headerHeight = name.size() * (STAGE + 6) + 2 * PAD - 6;
			shapes.add(new Box("stage-header", x, top, columnWidth, headerHeight, "#263238", "none", 0, 8));
			shapes.add(new Label("stage-name", x + PAD, top + PAD + STAGE - 4, name, STAGE, true, Anchor.START,
					"#ffffff", STAGE + 6));
			double y = top + headerHeight + GAP;
			y = cards(stage.touchpoints(), x + 2 * PAD, y, shapes);
			for (ZoneView zone : stage.zones()) {
				List<Shape> group = new ArrayList<>();
				y = zone(zone, x, y, group);
				shapes.add(new Group("zone", Map.of("data-id", id(zone.id())), group));
			}
			return y;
		}

		private double zone(ZoneView zone, double x, double top, List<Shape> shapes) {
			List<String> name = TextWrap.lines(zone.name(), ZONE, columnWidth - 2 * PAD, 2);
			int frameAt = shapes.size();
			double y = top + PAD + ZONE;
			shapes.add(new Label("zone-name", x + PAD, y, name, ZONE, true, Anchor.START, INK, ZONE + 4));
			y += (name.size() - 1) * (ZONE + 4) + GAP;
			y = cards(zone.touchpoints(), x + 2 * PAD, y, shapes);
			for (ElementView element : zone.elements()) {
				List<Shape> group = new ArrayList<>();
				y = element(element, x + PAD, y, group);
				shapes.add(new Group("element", Map.of("data-id", id(element.id())), group));
			}
			double bottom = y + PAD - GAP;
			shapes.add(frameAt,
					new Box("zone-frame", x, top, columnWidth, bottom - top, "#eef3f8", "#90a4ae", 1.5, 10));
			return bottom + GAP;
		}

		private double element(ElementView element, double x, double top, List<Shape> shapes) {
			double width = columnWidth - 2 * PAD;
			List<String> name = TextWrap.lines(element.name(), ELEMENT, width - 2 * PAD, 2);
			int frameAt = shapes.size();
			double y = top + PAD + ELEMENT - 4;
			shapes.add(new Label("element-name", x + PAD, y, name, ELEMENT, true, Anchor.START, "#37474f",
					ELEMENT + 4));
			y += (name.size() - 1) * (ELEMENT + 4) + GAP - 4;
			y = cards(element.touchpoints(), x + PAD, y, shapes);
			double bottom = y + PAD - GAP;
			shapes.add(frameAt, new Box("element-frame", x, top, width, bottom - top, "#ffffff", "#b0bec5", 1, 8));
			return bottom + GAP;
		}

		/** Cards {@code across} abreast from ({@code x}, {@code top}); answers the y below them. */
		private double cards(List<TouchpointCard> cards, double x, double top, List<Shape> shapes) {
			for (int i = 0; i < cards.size(); i++) {
				double cardX = x + (i % across) * (CARD_WIDTH + GAP);
				double cardY = top + (i / across) * (CARD_HEIGHT + GAP);
				shapes.add(card(cards.get(i), cardX, cardY));
			}
			int rows = (cards.size() + across - 1) / across;
			return top + rows * (CARD_HEIGHT + GAP);
		}

		private Shape card(TouchpointCard card, double x, double y) {
			GapLevel level = card.gapLevel();
			String colour = level == null ? UNKNOWN_GAP : GAP_COLOURS.get(level);
			List<Shape> shapes = new ArrayList<>(6);
			shapes.add(new Box("touchpoint-card", x, y, CARD_WIDTH, CARD_HEIGHT, "#ffffff", colour, 2, 8));
			shapes.add(new Box("gap-stripe", x, y, 10, CARD_HEIGHT, colour, "none", 0, 0));
			String icon = card.icon() == null || card.icon().isBlank() || card.icon().codePointCount(0,
					card.icon().length()) > 2 ? "" : card.icon() + " ";
			shapes.add(new Label("touchpoint-name", x + 22, y + 12 + NAME,
					TextWrap.lines(icon + java.util.Objects.toString(card.name(), ""), NAME, CARD_WIDTH - 34, 3), NAME, true, Anchor.START, INK,
					NAME + 4));
			shapes.add(new Label("touchpoint-channel", x + 22, y + CARD_HEIGHT - 40, List.of(channel(card.channel())),
					DETAIL, false, Anchor.START, "#455a64", DETAIL));
			shapes.add(new Label("touchpoint-pains", x + CARD_WIDTH - 12, y + CARD_HEIGHT - 40,
					List.of(texts.get("journey.map.svg.pains", card.painCount())), DETAIL, card.painCount() > 0,
					Anchor.END, card.painCount() > 0 ? "#c5221f" : "#455a64", DETAIL));
			shapes.add(new Label("touchpoint-gap", x + 22, y + CARD_HEIGHT - 14, List.of(gap(card)), DETAIL, true,
					Anchor.START, colour, DETAIL));
			Map<String, String> attributes = new java.util.LinkedHashMap<>(4);
			attributes.put("data-id", id(card.id()));
			attributes.put("data-gap", level == null ? "UNKNOWN" : level.name());
			if (card.icon() != null && !card.icon().isBlank()) {
				attributes.put("data-icon", card.icon());
			}
			return new Group("touchpoint", attributes, shapes);
		}

		private String gap(TouchpointCard card) {
			Integer gap = card.gap();
			if (gap == null) {
				return texts.get("journey.map.svg.gap.unknown");
			}
			return texts.get("journey.map.svg.gap." + card.gapLevel().name(), Math.abs(gap));
		}

		private String channel(String channel) {
			if (channel == null || channel.isBlank()) {
				return "";
			}
			return channels.computeIfAbsent(channel,
					c -> texts.getOrDefault("journey.map.svg.channel." + c, c));
		}

		private static String id(Object id) {
			return id == null ? "" : id.toString();
		}
	}
}
