package org.serviceplan.journey.internal;

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
}
