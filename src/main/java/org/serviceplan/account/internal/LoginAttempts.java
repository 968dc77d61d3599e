package org.serviceplan.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords per account (form login and HTTP Basic alike) and applies the throttle. */
@Component
class LoginAttempts {

	private final AccountRepository accounts;
	private final LoginThrottle throttle;
	private final Clock clock;

	LoginAttempts(AccountRepository accounts, AccountProperties properties, Clock clock) {
		this.accounts = accounts;
		this.throttle = properties.throttle();
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByEmail(Account.normalize(event.getAuthentication().getName()))
			.ifPresent(a -> a.failedToLogIn(throttle, clock.instant()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByEmail(Account.normalize(event.getAuthentication().getName()))
			.filter(a -> a.failedLogins() > 0)
			.ifPresent(Account::loggedIn);
	}

	/** How long the account with this email must still wait, if it is locked now. */
	@Transactional(readOnly = true)
	Optional<Duration> remainingLock(String email) {
		var now = clock.instant();
		return accounts.findByEmail(Account.normalize(email == null ? "" : email))
			.filter(a -> a.isLockedAt(now))
			.flatMap(Account::lockedUntil)
			.map(until -> Duration.between(now, until));
	}
}
