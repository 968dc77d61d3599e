package org.serviceplan.plan;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An approved or active plan was edited. Everyone whose tasks changed, and the plan's lead, are to be
 * told what changed (seed 000: "notify the responsibles when the plan changes").
 *
 * @param recipients people (person ids) to notify: responsibles of changed tasks and the lead
 * @param changedBy the person who made the change, who is not notified of their own edit
 * @param changes one line per change, already readable ("Задача «…»: срок 01.03 → 15.03"), in Russian
 */
public record PlanChanged(UUID workspaceId, UUID planId, String planTitle, UUID changedBy, Set<UUID> recipients,
		List<String> changes) {
}
