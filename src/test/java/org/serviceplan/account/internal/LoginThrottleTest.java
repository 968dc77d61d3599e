package org.serviceplan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
	final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

	@Test
	void letsTheFirstTwoMistakesPassFreely() {
		assertThat(throttle.lockAfter(1, NOW)).isEmpty();
		assertThat(throttle.lockAfter(2, NOW)).isEmpty();
	}

	@Test
	void slowsDownWithAWaitThatDoublesAfterEachFurtherMistake() {
		assertThat(throttle.lockAfter(3, NOW)).contains(NOW.plusSeconds(15));
		assertThat(throttle.lockAfter(4, NOW)).contains(NOW.plusSeconds(30));
	}

	@Test
	void locksForTheConfiguredDurationAtTheLimit() {
		assertThat(throttle.lockAfter(5, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
		assertThat(throttle.lockAfter(9, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
	}

	@Test
	void refusesALimitThatLeavesNoFreeAttempts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(2, Duration.ofMinutes(1)));
	}

	@Test
	void accountRemembersFailuresAndForgetsThemOnSuccess() {
		Account account = new Account("Anna@Klinika.demo ", "Анна", "hash", java.util.Locale.ENGLISH, NOW);
		for (int i = 0; i < 5; i++) {
			account.failedToLogIn(throttle, NOW);
		}
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(16)))).isFalse();
		account.loggedIn();
		assertThat(account.failedLogins()).isZero();
		assertThat(account.email()).isEqualTo("anna@klinika.demo");
	}
}
