package org.serviceplan.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Measured targets a task can name as its expected result ("NPS ≥ 50 by 31.12"), offered by whichever module
 * measures them. The plan knows only this interface; with no implementation present tasks simply name none.
 */
public interface ResultTargets {

	/** The current workspace's targets, each with its progress as of now, in the reader's language. */
	List<ResultTarget> targets(Locale locale);

	default Optional<ResultTarget> target(UUID id, Locale locale) {
		return targets(locale).stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/**
	 * A target as a task shows it: what it says, how far it is ("now 47 (95% CI 44–50), n = 812"), whether it is
	 * reached ({@code REACHED}, {@code NOT_YET}, {@code MISSED}, {@code NO_DATA}), and where to see it.
	 */
	record ResultTarget(UUID id, String label, String progress, String status, String href) {
	}
}
