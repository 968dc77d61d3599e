package org.serviceplan.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class LiveBoardsTest {

	@Test
	void endsEveryBoardStreamWhenTheInstanceStopsSoShutdownDoesNotWaitForThem() {
		LiveBoards boards = new LiveBoards();
		boards.start();
		UUID session = UUID.randomUUID();
		boards.watch(session);
		boards.watch(session);
		assertThat(boards.watching(session)).isEqualTo(2);

		boards.stop();

		assertThat(boards.watching(session)).isZero();
		assertThat(boards.isRunning()).isFalse();
	}
}
