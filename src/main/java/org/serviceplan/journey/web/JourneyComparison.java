package org.serviceplan.journey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Pain;
import org.serviceplan.journey.internal.Touchpoint;

/**
 * An as-is journey next to its to-be: touchpoints added, removed and changed. The copy does not remember which
 * card it came from, so cards are matched by their path and name (stage / zone / element / touchpoint); a card
 * moved or renamed in the to-be shows as removed and added.
 */
record JourneyComparison(List<Card> added, List<Card> removed, List<Changed> changed, int unchanged) {

	/** What is compared on a matched card, by the name of its label in the bundle. */
	private static final Map<String, Function<Card, Object>> FIELDS = new LinkedHashMap<>();
	static {
		FIELDS.put("description", c -> c.touchpoint().description());
		FIELDS.put("channel", c -> c.touchpoint().channel());
		FIELDS.put("expectation", c -> c.touchpoint().expectation());
		FIELDS.put("quality", c -> c.touchpoint().quality());
		FIELDS.put("department", c -> c.touchpoint().departmentId());
		FIELDS.put("responsible", c -> c.touchpoint().responsibleId());
		FIELDS.put("icon", c -> c.touchpoint().icon());
		FIELDS.put("evidence", c -> c.touchpoint().tangibleEvidence());
		FIELDS.put("notes", c -> c.touchpoint().notes());
		FIELDS.put("pains", Card::pains);
	}

	static JourneyComparison of(Journey asIs, Journey toBe) {
		Map<String, Card> before = cards(asIs);
		Map<String, Card> after = cards(toBe);
		List<Card> added = new ArrayList<>();
		List<Changed> changed = new ArrayList<>();
		int unchanged = 0;
		for (Card card : after.values()) {
			Card old = before.get(card.key());
			if (old == null) {
				added.add(card);
				continue;
			}
			List<String> fields = FIELDS.entrySet().stream()
				.filter(f -> !Objects.equals(f.getValue().apply(old), f.getValue().apply(card)))
				.map(Map.Entry::getKey)
				.toList();
			if (fields.isEmpty()) {
				unchanged++;
			}
			else {
				changed.add(new Changed(old, card, fields));
			}
		}
		List<Card> removed = before.values().stream().filter(c -> !after.containsKey(c.key())).toList();
		return new JourneyComparison(added, removed, changed, unchanged);
	}

	private static Map<String, Card> cards(Journey journey) {
		Map<String, Card> cards = new LinkedHashMap<>();
		for (Touchpoint t : journey.touchpoints()) {
			List<String> path = new ArrayList<>();
			path.add(journey.stage(journey.stageOf(t)).name());
			journey.zoneOf(t).ifPresent(z -> path.add(journey.zone(z).name()));
			if (t.elementId() != null) {
				path.add(journey.element(t.elementId()).name());
			}
			List<String> pains = journey.painsOf(t.id()).stream()
				.map(p -> p.description() + " " + p.severity() + "×" + p.frequency() + " " + p.status())
				.sorted()
				.toList();
			Card card = new Card(String.join(" / ", path), t, pains,
					(int) journey.painsOf(t.id()).stream().map(Pain::id).count());
			// Two cards with the same path and name: the later one keeps its own entry by position.
			String key = card.key();
			int n = 2;
			while (cards.containsKey(key)) {
				key = card.key() + " #" + n++;
			}
			cards.put(key, key.equals(card.key()) ? card : card.withKey(key));
		}
		return cards;
	}

	/** A touchpoint with where it sits. */
	record Card(String path, Touchpoint touchpoint, List<String> pains, int painCount, String key) {

		Card(String path, Touchpoint touchpoint, List<String> pains, int painCount) {
			this(path, touchpoint, pains, painCount, path + " / " + touchpoint.name());
		}

		Card withKey(String newKey) {
			return new Card(path, touchpoint, pains, painCount, newKey);
		}
	}

	/** A card present on both maps whose details differ, with the names of the fields that changed. */
	record Changed(Card asIs, Card toBe, List<String> fields) {
	}
}
