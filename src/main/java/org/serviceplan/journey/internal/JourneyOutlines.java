package org.serviceplan.journey.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.journey.JourneyLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Journeys as other modules read them ({@link JourneyLookup}). */
@Component
@Transactional(readOnly = true)
class JourneyOutlines implements JourneyLookup {

	private final JourneyRepository journeys;

	JourneyOutlines(JourneyRepository journeys) {
		this.journeys = journeys;
	}

	@Override
	public Optional<JourneyOutline> outline(UUID journeyId) {
		return journeys.findById(journeyId).map(journey -> new JourneyOutline(journey.id(), journey.title(),
				journey.touchpoints().stream().map(t -> {
					Stage stage = journey.stage(journey.stageOf(t));
					return new TouchpointRef(t.id(), t.name(), stage.id(), stage.name());
				}).toList(),
				journey.pains().stream()
					.map(p -> new PainRef(p.id(), p.touchpointId(), p.description(), p.severity(), p.frequency()))
					.toList()));
	}

	@Override
	public List<JourneyRef> journeys() {
		return journeys.findAllByOrderByTitleAsc().stream().map(j -> new JourneyRef(j.id(), j.title())).toList();
	}

	// A touchpoint or pain id does not say its journey: the workspace's journeys are few, so they are read through.
	@Override
	public Optional<TouchpointRef> touchpoint(UUID touchpointId) {
		return journeys.findAll().stream().map(j -> outlineOf(j).touchpoint(touchpointId)).flatMap(Optional::stream)
			.findFirst();
	}

	@Override
	public Optional<PainRef> pain(UUID painId) {
		return journeys.findAll().stream().map(j -> outlineOf(j).pain(painId)).flatMap(Optional::stream).findFirst();
	}

	private JourneyOutline outlineOf(Journey journey) {
		return outline(journey.id()).orElseThrow();
	}
}
