package org.serviceplan.session.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceplan.FreshSchema;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.TestDatabase;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.NewSession;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Load of a live vote: the app on a real port (on PostgreSQL with {@code -Dserviceplan.test.database=postgres}), a
 * session with 200 participants, each an API client with their own token, voting at once for a minute through
 * HTTP — setting, changing, taking back and repeating points. Afterwards the database must hold exactly what each
 * client was last told (200 OK), no vote lost and none doubled, and nobody over budget or over the per-idea limit.
 * Prints throughput and p50/p99 latency. Not a test: its name keeps it out of {@code ./mvnw verify};
 * {@code bench/vote-load.sh} runs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({ TestCompanies.class, FreshSchema.class })
@ExtendWith(TestDatabase.class)
class VoteLoadBenchmark {

	static final int CLIENTS = Integer.getInteger("bench.clients", 200);
	static final int SECONDS = Integer.getInteger("bench.seconds", 60);
	static final int IDEAS = 24;
	static final int BUDGET = 10;
	static final int LIMIT = 3;
	static final String[] NOMINATIONS = { "QUICK_WIN", "IMPORTANT" };

	@LocalServerPort
	int port;
	@Autowired
	TestCompanies companies;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoHundredParticipantsVoteForAMinute() throws Exception {
		Company company = companies.company("Клиника Нагрузка");
		Member owner = company.ownerMember();
		List<String> tokens = new ArrayList<>();
		List<Member> people = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			var user = company.join(Role.EMPLOYEE);
			people.add(companies.member(company.id(), user));
			tokens.add(companies.token(user));
		}
		UUID session = TenantContext.inWorkspace(company.id(), () -> sessions.create(owner, new NewSession(
				"Нагрузка", List.of(), new VotingBudget(BUDGET, BUDGET, LIMIT), true, null, null)).id());
		List<UUID> participants = new ArrayList<>();
		List<UUID> ideas = new ArrayList<>();
		TenantContext.inWorkspace(company.id(), () -> {
			people.forEach(p -> participants.add(sessions.addMember(owner, session, p.personId()).id()));
			for (int i = 0; i < IDEAS; i++) {
				ideas.add(sessions.addIdea(session, participants.get(i % participants.size()), new IdeaText("Идея " + i, IdeaKind.IDEAL,
						null, null)).id());
			}
			sessions.openVoting(owner, session);
		});

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(16)).connectTimeout(Duration.ofSeconds(10)).build();
		String base = "http://localhost:" + port + "/api/v1/workspaces/" + company.id() + "/sessions/" + session
				+ "/ideas/";
		// What each client was last told, per (participant, idea, nomination): the database must end at exactly this.
		Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
		// Keys with a request that got no answer (timeout): its outcome is unknown, so they are left out of the check.
		Map<String, Boolean> unknown = new ConcurrentHashMap<>();
		AtomicLong ok = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong repeats = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<long[]>> runs = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			runs.add(clients.submit(() -> {
				Random random = new Random(client);
				long[] took = new long[200_000];
				int n = 0;
				start.await();
				long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
				String lastBody = null;
				String lastUri = null;
				String lastKey = null;
				while (System.nanoTime() < end && n < took.length) {
					boolean repeat = lastBody != null && random.nextInt(5) == 0;
					String uri;
					String body;
					String key;
					int points;
					if (repeat) {
						uri = lastUri;
						body = lastBody;
						key = lastKey;
						points = Integer.parseInt(body.replaceAll(".*\"points\": (\\d+).*", "$1"));
						repeats.incrementAndGet();
					}
					else {
						int idea = random.nextInt(IDEAS);
						String nomination = NOMINATIONS[random.nextInt(2)];
						// mostly set or change 1..3, sometimes take back (0), sometimes over the limit (4)
						int roll = random.nextInt(10);
						points = roll < 2 ? 0 : roll == 9 ? LIMIT + 1 : 1 + random.nextInt(LIMIT);
						uri = base + ideas.get(idea) + "/votes/me";
						body = "{\"nomination\": \"" + nomination + "\", \"points\": " + points + "}";
						key = participants.get(client) + "/" + ideas.get(idea) + "/" + nomination;
					}
					HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120))
						.header("Authorization", "Bearer " + tokens.get(client))
						.header("Content-Type", "application/json")
						.PUT(HttpRequest.BodyPublishers.ofString(body)).build();
					long began = System.nanoTime();
					int status;
					try {
						status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
					}
					catch (java.io.IOException e) {
						status = -1;
					}
					took[n++] = System.nanoTime() - began;
					if (status == 200) {
						ok.incrementAndGet();
						acknowledged.put(key, points);
					}
					else if (status == 422) {
						refused.incrementAndGet();
					}
					else {
						failed.incrementAndGet();
						unknown.put(key, true);
					}
					lastUri = uri;
					lastBody = body;
					lastKey = key;
				}
				return java.util.Arrays.copyOf(took, n);
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		for (Future<long[]> run : runs) {
			latencies.add(run.get(SECONDS + 120L, TimeUnit.SECONDS));
		}
		double elapsed = (System.nanoTime() - began) / 1e9;
		clients.shutdown();
		TenantContext.inWorkspace(company.id(), () -> sessions.closeVoting(owner, session));

		Map<String, Integer> stored = new HashMap<>();
		jdbc.query("select participant_id, idea_id, nomination, points from session_vote where session_id = ?",
				rs -> {
					stored.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getInt(4));
				}, session);
		Map<String, Integer> expected = new HashMap<>();
		acknowledged.forEach((key, points) -> {
			if (points > 0) {
				expected.put(key, points);
			}
		});
		unknown.keySet().forEach(key -> {
			expected.remove(key);
			stored.remove(key);
		});
		long lost = expected.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
		long extra = stored.keySet().stream().filter(k -> !expected.containsKey(k)).count();
		Integer overBudget = jdbc.queryForObject("select count(*) from (select participant_id, nomination, sum(points) s "
				+ "from session_vote where session_id = ? group by participant_id, nomination) t where s > ?",
				Integer.class, session, BUDGET);
		long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
		long requests = all.length;
		System.out.printf("Vote load (%s, %d clients, %d s): %d requests, %.0f req/s; 200 OK %d, 422 %d, other %d, "
				+ "repeats %d%n", TestDatabase.postgres() ? "PostgreSQL" : "H2", CLIENTS, SECONDS, requests,
				requests / elapsed, ok.get(), refused.get(), failed.get(), repeats.get());
		System.out.printf("Vote latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(all, 50),
				percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
		System.out.printf("Vote totals: %d votes stored, %d expected from the last answers; lost or wrong %d, "
				+ "stored but never acknowledged %d, unanswered (left out) %d, participants over budget %d%n",
				stored.size(), expected.size(), lost, extra, unknown.size(), overBudget);
		if (lost != 0 || extra != 0 || overBudget != 0) {
			throw new AssertionError("the database does not match what the clients were told");
		}
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}
}
