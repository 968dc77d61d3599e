package org.serviceplan.journey;

import java.util.List;
import java.util.UUID;

import org.serviceplan.journey.internal.Journeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's journey maps as other modules may read them: which journeys there are and a map laid out
 * for drawing. They never see the journey's entities.
 */
@Service
@Transactional(readOnly = true)
public class JourneyMaps {

	private final Journeys journeys;

	JourneyMaps(Journeys journeys) {
		this.journeys = journeys;
	}

	/** A journey as a list shows it. */
	public record JourneyEntry(UUID id, String title, String segment) {
	}

	public List<JourneyEntry> journeys() {
		return journeys.all().stream().map(j -> new JourneyEntry(j.id(), j.title(), j.segment())).toList();
	}

	/** The map of a journey of the current workspace; a journey of another workspace is not found. */
	public MapView map(UUID journeyId) {
		return journeys.mapView(journeyId);
	}
}
