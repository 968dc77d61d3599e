package org.serviceplan.journey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may read of a journey of the current workspace: its title, its touchpoints in map order with
 * their stage, and their pains — enough to place a record on the map and check it belongs there.
 */
public interface JourneyLookup {

	/** The journey's outline; empty when there is no such journey in the current workspace. */
	Optional<JourneyOutline> outline(UUID journeyId);

	record JourneyOutline(UUID id, String title, List<TouchpointRef> touchpoints, List<PainRef> pains) {

		public JourneyOutline {
			touchpoints = List.copyOf(touchpoints);
			pains = List.copyOf(pains);
		}

		public Optional<TouchpointRef> touchpoint(UUID touchpointId) {
			return touchpoints.stream().filter(t -> t.id().equals(touchpointId)).findFirst();
		}

		public Optional<PainRef> pain(UUID painId) {
			return pains.stream().filter(p -> p.id().equals(painId)).findFirst();
		}
	}

	/** A touchpoint and the stage it sits in, whichever level of the map it is on. */
	record TouchpointRef(UUID id, String name, UUID stageId, String stageName) {
	}

	/** A pain (барьер) of a touchpoint. */
	record PainRef(UUID id, UUID touchpointId, String description, int severity, int frequency) {
	}

	/** The workspace's journeys by title, for pickers. */
	List<JourneyRef> journeys();

	/** A touchpoint of any journey of the current workspace. */
	Optional<TouchpointRef> touchpoint(UUID touchpointId);

	/** A pain of any journey of the current workspace. */
	Optional<PainRef> pain(UUID painId);

	record JourneyRef(UUID id, String title) {
	}
}
