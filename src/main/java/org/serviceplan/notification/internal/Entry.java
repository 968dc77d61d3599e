package org.serviceplan.notification.internal;

import java.util.UUID;

/**
 * One line of a notification as data: for a plan change, which task, which field (a message key suffix
 * {@code notification.field.<field>}) and the values before and after, as the plan module reported them.
 */
public record Entry(UUID taskId, String taskTitle, String field, String before, String after) {
}
