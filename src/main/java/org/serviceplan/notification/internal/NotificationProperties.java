package org.serviceplan.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where links in e-mails point ({@code SERVICEPLAN_BASE_URL}), the sender, and how often listeners that
 * failed are tried again.
 */
@ConfigurationProperties("serviceplan")
record NotificationProperties(String baseUrl, @DefaultValue Mail mail, @DefaultValue Notifications notifications) {

	record Mail(@DefaultValue("ServicePlan <no-reply@serviceplan.local>") String from) {
	}

	/** @param retryAfter how old a failed event must be before it is handed to its listener again */
	record Notifications(@DefaultValue("5m") Duration retryAfter) {
	}

	String link(String path) {
		String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl;
		return base.replaceAll("/+$", "") + path;
	}
}
