package org.serviceplan.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people editing the same board at once: positions stay a clean 0..n-1 sequence in every parent. */
@IntegrationTest
class ConcurrentMapEditsTest {

	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;

	@Test
	void concurrentAddsAndMovesInTheSameStageNeverShareAPosition() throws Exception {
		UUID ws = companies.company("Клиника Общая доска").id();
		UUID journey = TenantContext.inWorkspace(ws, () -> journeys.create("Визит", null, null, new ExpectedDuration(14)).id());
		UUID before = TenantContext.inWorkspace(ws, () -> journeys.addStage(journey, "До визита").id());
		UUID during = TenantContext.inWorkspace(ws, () -> journeys.addStage(journey, "Во время визита").id());
		List<UUID> movable = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String name = "Карточка " + i;
			movable.add(TenantContext.inWorkspace(ws, () -> journeys.addTouchpoint(journey, Parent.stage(before),
					TouchpointDetails.named(name, Channel.OFFLINE)).id()));
		}

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Callable<Void> adding = () -> {
				start.await();
				for (int i = 0; i < 6; i++) {
					String name = "Новая " + i;
					TenantContext.inWorkspace(ws, () -> journeys.addTouchpoint(journey, Parent.stage(during),
							TouchpointDetails.named(name, Channel.PHONE)));
				}
				return null;
			};
			Callable<Void> moving = () -> {
				start.await();
				for (UUID card : movable) {
					TenantContext.inWorkspace(ws, () -> journeys.moveTouchpoint(journey, card, Parent.stage(during), 0,
							journeys.journey(journey).touchpoint(card).version()));
				}
				return null;
			};
			Future<Void> a = pool.submit(adding);
			Future<Void> b = pool.submit(moving);
			start.countDown();
			a.get(60, TimeUnit.SECONDS);
			b.get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}

		Journey map = TenantContext.inWorkspace(ws, () -> journeys.journey(journey));
		assertThat(map.touchpointsIn(Parent.stage(before))).isEmpty();
		assertThat(map.touchpointsIn(Parent.stage(during))).hasSize(12)
			.extracting(Touchpoint::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
	}
}
