package org.serviceplan.shared.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** One clock for every rule that depends on time, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
