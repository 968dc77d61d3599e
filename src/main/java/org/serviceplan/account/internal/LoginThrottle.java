package org.serviceplan.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Repeated wrong passwords first slow the account down (a short wait that doubles with each failure),
 * then lock it for a while. Kept on the account row, so every app instance sees the same count.
 */
record LoginThrottle(int maxFailures, Duration lockDuration) {

	static final int FREE_ATTEMPTS = 2;
	static final Duration FIRST_WAIT = Duration.ofSeconds(15);

	LoginThrottle {
		if (maxFailures <= FREE_ATTEMPTS) {
			throw new IllegalArgumentException("maxFailures must be above " + FREE_ATTEMPTS);
		}
	}

	Optional<Instant> lockAfter(int failures, Instant now) {
		if (failures >= maxFailures) {
			return Optional.of(now.plus(lockDuration));
		}
		if (failures > FREE_ATTEMPTS) {
			return Optional.of(now.plus(FIRST_WAIT.multipliedBy(1L << (failures - FREE_ATTEMPTS - 1))));
		}
		return Optional.empty();
	}
}
