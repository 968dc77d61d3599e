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

	/**
	 * @param durable false when a later batch of the same ingest will commit durably after this one: its commit
	 *        then need not wait for the disk, since the later one flushes the log past it
	 * @return how many of the batch were new and stored
	 */
	long store(UUID workspaceId, ZoneId zone, List<NewAnswer> batch, boolean durable);
}
