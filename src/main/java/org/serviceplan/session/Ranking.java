package org.serviceplan.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The ranking of one nomination: more points first; on a tie the idea more people voted for (broad support beats
 * one enthusiast); then the earlier idea (creation time, then id, so the order never depends on the database).
 * Hidden ideas and ideas merged into another take no place.
 */
public final class Ranking {

	static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::points).reversed()
		.thenComparing(Comparator.comparingInt(Candidate::voters).reversed())
		.thenComparing(Candidate::createdAt)
		.thenComparing(Candidate::ideaId);

	private Ranking() {
	}

	/** The shown candidates in rank order, numbered from 1. */
	public static List<Place> of(Collection<Candidate> candidates) {
		List<Candidate> shown = candidates.stream().filter(Candidate::shown).sorted(ORDER).toList();
		List<Place> places = new ArrayList<>(shown.size());
		for (int i = 0; i < shown.size(); i++) {
			places.add(new Place(i + 1, shown.get(i)));
		}
		return List.copyOf(places);
	}

	/** An idea's tally in one nomination; {@code shown} is false for a hidden or merged-away idea. */
	public record Candidate(UUID ideaId, Instant createdAt, boolean shown, int points, int voters) {
	}

	/** A rank (1 = first) and the tally that earned it. */
	public record Place(int rank, Candidate candidate) {

		public UUID ideaId() {
			return candidate.ideaId();
		}

		public int points() {
			return candidate.points();
		}

		public int voters() {
			return candidate.voters();
		}
	}
}
