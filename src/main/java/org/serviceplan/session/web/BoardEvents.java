package org.serviceplan.session.web;

import org.serviceplan.session.BrainstormingLocked;
import org.serviceplan.session.IdeaAdded;
import org.serviceplan.session.IdeaChanged;
import org.serviceplan.session.ParticipantsChanged;
import org.serviceplan.session.ResultsRevealed;
import org.serviceplan.session.SessionClosed;
import org.serviceplan.session.StageChanged;
import org.serviceplan.session.VotesChanged;
import org.serviceplan.session.VotingClosed;
import org.serviceplan.session.VotingOpened;
import org.serviceplan.session.web.BoardChange.Kind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the session module's events into board changes once their transaction committed (a browser told earlier
 * could fetch the board before the change is in it). Plain listeners with an after-commit hook rather than
 * transactional listeners, which Spring Modulith would store in its publication registry: a vote should not cost a
 * registry row per listener, and a lost refresh is healed by the next change or the browser's reconnect.
 */
@Component
class BoardEvents {

	private final BoardFanOut fanOut;

	BoardEvents(BoardFanOut fanOut) {
		this.fanOut = fanOut;
	}

	@EventListener
	void on(IdeaAdded event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.IDEAS));
	}

	@EventListener
	void on(IdeaChanged event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.IDEAS));
	}

	@EventListener
	void on(VotesChanged event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.VOTES));
	}

	@EventListener
	void on(ParticipantsChanged event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	@EventListener
	void on(StageChanged event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	@EventListener
	void on(BrainstormingLocked event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	@EventListener
	void on(VotingOpened event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	@EventListener
	void on(VotingClosed event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	@EventListener
	void on(ResultsRevealed event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	@EventListener
	void on(SessionClosed event) {
		afterCommit(new BoardChange(event.sessionId(), Kind.STAGE));
	}

	private void afterCommit(BoardChange change) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			fanOut.publish(change);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				fanOut.publish(change);
			}
		});
	}
}
