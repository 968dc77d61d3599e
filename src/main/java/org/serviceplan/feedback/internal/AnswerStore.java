package org.serviceplan.feedback.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.serviceplan.feedback.NewAnswer;

/**
 * Writes a batch of one workspace's answers and adds them to the day and month roll-ups in one transaction.
 * An answer whose externalId is already stored (or appears earlier in the batch) is skipped and not counted
 * twice. Several instances may write at once: roll-up cells are added to, never overwritten.
 */
public interface AnswerStore {

	/** @return how many of the batch were new and stored */
	long store(UUID workspaceId, ZoneId zone, List<NewAnswer> batch);
}
