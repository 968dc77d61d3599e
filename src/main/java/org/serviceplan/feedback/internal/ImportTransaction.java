package org.serviceplan.feedback.internal;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * An import's transaction, begun on the thread that creates it. The roll-up increments gathered while batches
 * were stored are written just before the commit, in key order, so concurrent imports lock cube rows in the same
 * order and hold those locks only for the commit's moment.
 */
abstract class ImportTransaction implements AnswerStore.Import {

	private final PlatformTransactionManager transactions;
	private final TransactionStatus status;

	ImportTransaction(PlatformTransactionManager transactions) {
		this.transactions = transactions;
		this.status = transactions.getTransaction(TransactionDefinition.withDefaults());
	}

	/** Writes the gathered roll-up increments, in the transaction. */
	abstract void addToRollups();

	/** Called once the transaction has ended, either way, on its thread. */
	void ended() {
	}

	@Override
	public final void commit() {
		try {
			addToRollups();
			transactions.commit(status);
		}
		finally {
			if (status.isCompleted()) {
				ended();
			}
		}
	}

	@Override
	public final void close() {
		if (!status.isCompleted()) {
			try {
				transactions.rollback(status);
			}
			finally {
				ended();
			}
		}
	}
}
