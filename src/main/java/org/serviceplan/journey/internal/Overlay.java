package org.serviceplan.journey.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.serviceplan.journey.JourneyMapSvg.CardOverlay;
import org.serviceplan.journey.internal.Drawing.Box;
import org.serviceplan.journey.internal.Drawing.Group;
import org.serviceplan.journey.internal.Drawing.Label;
import org.serviceplan.journey.internal.Drawing.Shape;

/**
 * Recolours a laid-out map's cards by something another module measures per touchpoint (a feedback metric): the
 * card's frame and stripe take the overlay's colour and its bottom line the overlay's text. The journey module
 * draws; it does not know what the colours mean.
 */
public final class Overlay {

	private Overlay() {
	}

	public static Drawing apply(Drawing drawing, Function<UUID, CardOverlay> overlay) {
		return new Drawing(drawing.width(), drawing.height(), drawing.title(), drawing.description(),
				drawing.shapes().stream().map(s -> apply(s, overlay)).toList());
	}

	private static Shape apply(Shape shape, Function<UUID, CardOverlay> overlay) {
		if (!(shape instanceof Group group)) {
			return shape;
		}
		if (!"touchpoint".equals(group.kind())) {
			return new Group(group.kind(), group.attributes(), group.shapes().stream().map(s -> apply(s, overlay))
				.toList());
		}
		String id = group.attributes().get("data-id");
		CardOverlay card = id == null || id.isEmpty() ? null : overlay.apply(UUID.fromString(id));
		if (card == null) {
			return group;
		}
		List<Shape> shapes = new ArrayList<>(group.shapes().size());
		for (Shape s : group.shapes()) {
			if (s instanceof Box box && "touchpoint-card".equals(box.kind())) {
				shapes.add(new Box(box.kind(), box.x(), box.y(), box.width(), box.height(),
						card.faint() ? "#f1f3f4" : "#ffffff", card.colour(), box.strokeWidth(), box.radius()));
			}
			else if (s instanceof Box box && "gap-stripe".equals(box.kind())) {
				shapes.add(new Box("heat-stripe", box.x(), box.y(), box.width(), box.height(), card.colour(),
						box.stroke(), box.strokeWidth(), box.radius()));
			}
			else if (s instanceof Label label && "touchpoint-gap".equals(label.kind())) {
				shapes.add(new Label("touchpoint-heat", label.x(), label.y(), List.of(card.text()), label.size(),
						label.bold(), label.anchor(), card.faint() ? "#5f6368" : card.colour(), label.lineHeight()));
			}
			else {
				shapes.add(s);
			}
		}
		Map<String, String> attributes = new LinkedHashMap<>(group.attributes());
		attributes.remove("data-gap");
		attributes.put("data-heat", card.faint() ? "faint" : "measured");
		return new Group(group.kind(), attributes, shapes);
	}
}
