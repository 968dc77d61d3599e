package org.serviceplan.feedback.internal.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimumAnswers a slice with fewer answers is greyed with a note (never hidden): its interval is too
 *        wide to compare
 * @param targetWindowDays a target's progress is the metric over this many days up to today (or its due date)
 */
@ConfigurationProperties("serviceplan.dashboard")
public record DashboardProperties(@DefaultValue("30") int minimumAnswers, @DefaultValue("90") int targetWindowDays) {
}
