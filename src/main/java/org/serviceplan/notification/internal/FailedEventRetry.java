package org.serviceplan.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Hands events whose listener failed (a database hiccup, a bug fixed since) to their listener again. Events
 * left unprocessed by a stopped instance are marked failed by the registry's staleness check
 * ({@code spring.modulith.events.staleness.*}) and come back the same way; on restart the registry also
 * republishes what is outstanding.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FailedEventRetry {

	/** After this many tries an event waits for someone to look at it (it stays in event_publication). */
	static final int MAX_ATTEMPTS = 10;

	private final FailedEventPublications failed;
	private final NotificationProperties properties;

	FailedEventRetry(FailedEventPublications failed, NotificationProperties properties) {
		this.failed = failed;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${serviceplan.notifications.retry-every:PT1M}",
			initialDelayString = "${serviceplan.notifications.retry-every:PT1M}")
	void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(properties.notifications().retryAfter())
			.withFilter(publication -> publication.getCompletionAttempts() < MAX_ATTEMPTS));
	}
}
