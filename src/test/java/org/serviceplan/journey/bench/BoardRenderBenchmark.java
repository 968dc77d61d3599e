package org.serviceplan.journey.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Times the whole server side of the journey board page — loading the map from the database, building the
 * board and rendering its HTML — for a map of 20 stages and 200 touchpoints (issue 5: under 300 ms). Not a
 * test: its name keeps it out of {@code ./mvnw verify}; {@code bench/board-render.sh} runs it and it prints
 * the figures, it asserts nothing about time.
 */
@IntegrationTest
class BoardRenderBenchmark {

	static final int STAGES = Integer.getInteger("bench.stages", 20);
	static final int TOUCHPOINTS = Integer.getInteger("bench.touchpoints", 200);
	static final int WARM_UP = Integer.getInteger("bench.warmup", 30);
	static final int RUNS = Integer.getInteger("bench.runs", 50);

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;

	@Test
	void rendersTheBoardOfABigMap() throws Exception {
		Company company = companies.company("Клиника Большая карта");
		UUID journeyId = TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Большая карта", null, "Все пациенты", new ExpectedDuration(365));
			for (int s = 0; s < STAGES; s++) {
				var stage = journeys.addStage(journey.id(), "Этап " + (s + 1));
				var zone = journeys.addZone(journey.id(), stage.id(), "Зона " + (s + 1));
				for (int t = 0; t < TOUCHPOINTS / STAGES; t++) {
					// half the cards sit in a zone, so the board draws both levels
					Parent parent = t % 2 == 0 ? Parent.stage(stage.id()) : Parent.zone(zone.id());
					var touchpoint = journeys.addTouchpoint(journey.id(), parent, new TouchpointDetails(
							"Точка контакта " + (s + 1) + "." + (t + 1), "Описание", Channel.values()[t % 8], null, null,
							null, 1 + t % 5, 1 + (t + 2) % 5, null, null));
					journeys.addPain(journey.id(), touchpoint.id(), new PainDetails("Барьер " + t, 1 + t % 5,
							1 + (t + 1) % 5, null, null));
				}
			}
			return journey.id();
		});
		for (int i = 0; i < WARM_UP; i++) {
			render(company, journeyId);
		}
		long[] nanos = new long[RUNS];
		int bytes = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			bytes = render(company, journeyId);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("%nBoard page of %d stages x %d touchpoints (%d KB of HTML), %d runs after %d warm-up:"
				+ " median %.1f ms, p95 %.1f ms, max %.1f ms%n%n", STAGES, TOUCHPOINTS, bytes / 1024, RUNS, WARM_UP,
				nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6);
	}

	private int render(Company company, UUID journeyId) throws Exception {
		return mvc.perform(get("/w/{ws}/journeys/{j}", company.id(), journeyId).with(user(company.owner())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray().length;
	}
}
