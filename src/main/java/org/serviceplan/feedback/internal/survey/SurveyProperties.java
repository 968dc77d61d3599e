package org.serviceplan.feedback.internal.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public answer page.
 *
 * @param rateLimit answers one IP address may send a minute (a burst of that many, then one every
 *     {@code 60 / rateLimit} seconds); a clinic's guest Wi-Fi is one address, so not too low
 * @param cacheTtl how long an instance serves a survey from memory before reading it again; an edit on the same
 *     instance is seen at once, other instances see it within this time
 */
@ConfigurationProperties("serviceplan.survey")
public record SurveyProperties(@DefaultValue("20") int rateLimit, @DefaultValue("10s") Duration cacheTtl) {
}
