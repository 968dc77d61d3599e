package org.serviceplan.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.session.SessionFixture.Clinic;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One participant votes from 16 threads at once, each thread on its own idea, all against one budget: if two
 * requests could read the same old total, the budget would be overdrawn. Each thread repeats every value it
 * sends, and the database must end exactly at each thread's last acknowledged points. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
@Import(SessionFixture.class)
class VotingConcurrencyTest {

	static final int THREADS = 16;
	static final int ROUNDS = 40;
	static final int BUDGET = 10;
	static final int LIMIT = 3;

	@Autowired
	StrategicSessions sessions;
	@Autowired
	SessionFixture fixture;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelVotesOfOneParticipantNeverOverdrawTheBudgetAndRepeatsCountOnce() throws Exception {
		Clinic clinic = fixture.clinic("Клиника Гонка", 1);
		UUID ws = clinic.ws();
		record Board(UUID session, UUID participant, List<UUID> ideas) {
		}
		Board board = TenantContext.inWorkspace(ws, () -> {
			var session = sessions.create(clinic.facilitator(), new NewSession("Гонка голосов", List.of(clinic.journeyId()),
					new VotingBudget(BUDGET, BUDGET, LIMIT), true, null, null));
			var anna = sessions.addMember(clinic.facilitator(), session.id(), clinic.staff().get(0).personId());
			List<UUID> ideas = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				ideas.add(sessions.addIdea(session.id(), anna.id(), new IdeaText("Идея " + i, IdeaKind.IDEAL, null, null))
					.id());
			}
			sessions.openVoting(clinic.facilitator(), session.id());
			return new Board(session.id(), anna.id(), ideas);
		});

		Map<UUID, Integer> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger refusedOverBudget = new AtomicInteger();
		AtomicInteger refusedOverLimit = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> runs = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			UUID idea = board.ideas().get(t);
			runs.add(pool.submit(() -> {
				start.await();
				TenantContext.inWorkspace(ws, () -> {
					for (int round = 0; round < ROUNDS; round++) {
						int points = ThreadLocalRandom.current().nextInt(LIMIT + 2);
						for (int repeat = 0; repeat < 2; repeat++) {
							try {
								var receipt = sessions.vote(board.session(), idea, board.participant(),
										Nomination.QUICK_WIN, points);
								acknowledged.put(idea, receipt.points());
							}
							catch (BusinessRuleViolation e) {
								(e.messageKey().equals("session.vote.overBudget") ? refusedOverBudget : refusedOverLimit)
									.incrementAndGet();
							}
						}
					}
				});
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		Integer total = jdbc.queryForObject("select coalesce(sum(points), 0) from session_vote where participant_id = ? "
				+ "and nomination = 'QUICK_WIN'", Integer.class, board.participant());
		assertThat(total).as("points spent").isLessThanOrEqualTo(BUDGET);
		assertThat(jdbc.queryForObject("select coalesce(max(points), 0) from session_vote where participant_id = ?",
				Integer.class, board.participant())).isLessThanOrEqualTo(LIMIT);
		for (UUID idea : board.ideas()) {
			List<Integer> rows = jdbc.queryForList("select points from session_vote where idea_id = ? and "
					+ "participant_id = ? and nomination = 'QUICK_WIN'", Integer.class, idea, board.participant());
			int last = acknowledged.getOrDefault(idea, 0);
			assertThat(rows).as("idea %s ends at its last acknowledged points", idea)
				.isEqualTo(last == 0 ? List.of() : List.of(last));
		}
		assertThat(total).isEqualTo(acknowledged.values().stream().mapToInt(Integer::intValue).sum());
		assertThat(refusedOverBudget.get()).as("the budget was contested").isPositive();
		assertThat(refusedOverLimit.get()).as("the per-idea limit was tried").isPositive();
		TenantContext.inWorkspace(ws, () -> assertThat(sessions.remaining(board.session(), board.participant()))
			.containsEntry(Nomination.QUICK_WIN, BUDGET - total));
	}
}
