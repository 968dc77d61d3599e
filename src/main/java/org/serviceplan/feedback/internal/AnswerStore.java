package org.serviceplan.feedback.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.serviceplan.feedback.NewAnswer;

/**
 * Writes one workspace's answers and adds them to the day and month roll-ups. An answer whose externalId is
 * already stored (or appears earlier in the same import) is skipped and not counted twice. Several instances may
 * write at once: roll-up cells are added to, never overwritten.
 */
public interface AnswerStore {

	/**
	 * Begins an import: every batch stored through it is written in one transaction, so a file is stored whole or
	 * not at all. The transaction is bound to the calling thread, which must store, commit and close.
	 */
	Import begin(UUID workspaceId, ZoneId zone);

	/** One import's transaction. */
	interface Import extends AutoCloseable {

		/** @return how many of the batch were new and stored */
		long store(List<NewAnswer> batch);

		/** Adds the stored answers to the roll-ups and makes both visible at once. */
		void commit();

		/** Rolls back whatever was stored, unless committed. */
		@Override
		void close();
	}
}
