package org.serviceplan.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.session.Ranking.Candidate;
import org.serviceplan.session.Ranking.Place;

class RankingTest {

	static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");

	@Test
	void ranksByPointsFirst() {
		Candidate few = candidate(NINE, 3, 3);
		Candidate many = candidate(NINE.plusSeconds(60), 7, 2);
		assertThat(ids(Ranking.of(List.of(few, many)))).containsExactly(many.ideaId(), few.ideaId());
	}

	@Test
	void onEqualPointsMoreVotersWin() {
		Candidate oneEnthusiast = candidate(NINE, 4, 1);
		Candidate broadSupport = candidate(NINE.plusSeconds(60), 4, 3);
		assertThat(ids(Ranking.of(List.of(oneEnthusiast, broadSupport))))
			.containsExactly(broadSupport.ideaId(), oneEnthusiast.ideaId());
	}

	@Test
	void onEqualPointsAndVotersTheEarlierIdeaWins() {
		Candidate later = candidate(NINE.plusSeconds(1), 4, 2);
		Candidate earlier = candidate(NINE, 4, 2);
		assertThat(ids(Ranking.of(List.of(later, earlier)))).containsExactly(earlier.ideaId(), later.ideaId());
	}

	@Test
	void onTheSameMomentTheIdDecides() {
		Candidate a = new Candidate(UUID.fromString("00000000-0000-0000-0000-000000000001"), NINE, true, 1, 1);
		Candidate b = new Candidate(UUID.fromString("00000000-0000-0000-0000-000000000002"), NINE, true, 1, 1);
		assertThat(ids(Ranking.of(List.of(b, a)))).containsExactly(a.ideaId(), b.ideaId());
	}

	@Test
	void hiddenAndMergedIdeasTakeNoPlace() {
		Candidate shown = candidate(NINE, 1, 1);
		Candidate hidden = new Candidate(UUID.randomUUID(), NINE, false, 9, 5);
		List<Place> places = Ranking.of(List.of(hidden, shown));
		assertThat(ids(places)).containsExactly(shown.ideaId());
		assertThat(places.get(0).rank()).isEqualTo(1);
	}

	@Test
	void numbersPlacesFromOne() {
		List<Place> places = Ranking.of(List.of(candidate(NINE, 1, 1), candidate(NINE, 5, 2), candidate(NINE, 0, 0)));
		assertThat(places).extracting(Place::rank).containsExactly(1, 2, 3);
		assertThat(places).extracting(Place::points).containsExactly(5, 1, 0);
	}

	private static Candidate candidate(Instant createdAt, int points, int voters) {
		return new Candidate(UUID.randomUUID(), createdAt, true, points, voters);
	}

	private static List<UUID> ids(List<Place> places) {
		return places.stream().map(Place::ideaId).toList();
	}
}
