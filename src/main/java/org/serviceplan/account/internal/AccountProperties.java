package org.serviceplan.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("serviceplan.login")
record AccountProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {

	LoginThrottle throttle() {
		return new LoginThrottle(maxFailures, lockDuration);
	}
}
