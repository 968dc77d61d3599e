package org.serviceplan.journey.web;

import java.util.List;
import java.util.UUID;

import org.serviceplan.journey.internal.Element;
import org.serviceplan.journey.internal.ExpectationGap;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.Stage;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.Zone;

/**
 * What the board page shows, read in one transaction so the template needs no lazy loading: the journey header,
 * its stages in order with their zones, elements and cards, each with the version its edit forms send back.
 */
record JourneyBoard(UUID id, String title, String segment, String description, String status, UUID toBeOf,
		long version, List<Column> stages) {

	static JourneyBoard of(Journey journey) {
		List<Column> columns = journey.stages().stream().map(stage -> column(journey, stage)).toList();
		return new JourneyBoard(journey.id(), journey.title(), journey.segment(), journey.description(),
				journey.status().name(), journey.toBeOf().orElse(null), journey.version(), columns);
	}

	public int touchpointCount() {
		return stages.stream()
			.mapToInt(s -> s.cards().size() + s.zones()
				.stream()
				.mapToInt(z -> z.cards().size() + z.elements().stream().mapToInt(e -> e.cards().size()).sum())
				.sum())
			.sum();
	}

	private static Column column(Journey journey, Stage stage) {
		List<Frame> zones = journey.zonesOf(stage.id()).stream().map(zone -> frame(journey, zone)).toList();
		return new Column(stage.id(), stage.name(), stage.version(), zones,
				cards(journey, Parent.stage(stage.id())));
	}

	private static Frame frame(Journey journey, Zone zone) {
		List<Group> elements = journey.elementsOf(zone.id())
			.stream()
			.map(element -> group(journey, element))
			.toList();
		return new Frame(zone.id(), zone.name(), zone.version(), elements, cards(journey, Parent.zone(zone.id())));
	}

	private static Group group(Journey journey, Element element) {
		return new Group(element.id(), element.name(), element.version(),
				cards(journey, Parent.element(element.id())));
	}

	private static List<Card> cards(Journey journey, Parent parent) {
		return journey.touchpointsIn(parent).stream().map(t -> card(journey, t)).toList();
	}

	private static Card card(Journey journey, Touchpoint t) {
		int pains = (int) journey.painsOf(t.id()).stream().filter(p -> p.status() == PainStatus.OPEN).count();
		ExpectationGap gap = t.expectationGap().orElse(null);
		return new Card(t.id(), t.name(), t.channel() == null ? null : t.channel().name(), t.icon(), pains,
				gap == null ? null : gap.value(), gap == null ? null : gap.verdict().name(), t.version());
	}

	/** A stage column: cards sitting directly in the stage, then its zones. */
	record Column(UUID id, String name, long version, List<Frame> zones, List<Card> cards) {
	}

	/** A zone framed inside its stage: its own cards, then its elements. */
	record Frame(UUID id, String name, long version, List<Group> elements, List<Card> cards) {
	}

	/** An element framed inside its zone with its cards. */
	record Group(UUID id, String name, long version, List<Card> cards) {
	}

	/** A touchpoint card; gap and verdict are null while expectation or quality is unknown. */
	record Card(UUID id, String name, String channel, String icon, int pains, Integer gap, String verdict,
			long version) {

		/** The absolute gap, for the "below expectations (2)" label. */
		public Integer gapSize() {
			return gap == null ? null : Math.abs(gap);
		}
	}
}
