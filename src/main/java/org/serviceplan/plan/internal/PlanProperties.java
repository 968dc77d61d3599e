package org.serviceplan.plan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxOpenTasks open tasks one person may carry at once before the plan warns */
@ConfigurationProperties("serviceplan.plan")
record PlanProperties(@DefaultValue("5") int maxOpenTasks) {
}
