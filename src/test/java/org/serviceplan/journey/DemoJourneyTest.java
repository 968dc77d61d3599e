package org.serviceplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.account.Accounts;
import org.serviceplan.journey.internal.Element;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Pain;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.Stage;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.Zone;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic starts with the "patient visit" journey of seed 001, built through the same rules as any map. */
@SpringBootTest(properties = { "serviceplan.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo-journey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class DemoJourneyTest {

	@Autowired
	Accounts accounts;
	@Autowired
	Workspaces workspaces;
	@Autowired
	Journeys journeys;

	@Test
	void theDemoClinicHasThePatientVisitJourneyOfSeed001WithPainsScoresIdeasAndTwoIdef0Models() {
		var owner = accounts.findByEmail(Demo.OWNER_EMAIL).orElseThrow();
		UUID clinic = workspaces.of(owner.id()).stream().filter(w -> w.name().equals("Клиника «Здоровье»")).findFirst()
			.orElseThrow().id();

		TenantContext.inWorkspace(clinic, () -> {
			assertThat(journeys.all()).hasSize(1);
			Journey journey = journeys.journey(journeys.all().get(0).id());
			assertThat(journey.title()).isEqualTo("Визит пациента в клинику");

			assertThat(journey.stages()).extracting(Stage::name)
				.containsExactly("До посещения", "Во время посещения", "После посещения");
			UUID during = journey.stages().get(1).id();
			assertThat(journey.zonesOf(during)).extracting(Zone::name)
				.containsExactly("Входная зона", "Зона ресепшн", "Зона медицинского блока");
			UUID reception = journey.zonesOf(during).get(1).id();
			assertThat(journey.elementsOf(reception)).extracting(Element::name)
				.containsExactly("Стойка", "Гардероб", "Санитарная зона", "Зона ожидания");
			Element desk = journey.elementsOf(reception).get(0);
			assertThat(journey.touchpointsIn(Parent.element(desk.id()))).extracting(Touchpoint::name).containsExactly(
					"Установление визуального контакта", "Приветствие", "Идентификация пациента",
					"Заполнение обязательных документов");

			assertThat(journey.touchpoints()).hasSizeGreaterThanOrEqualTo(15)
				.allSatisfy(t -> assertThat(t.expectationGap()).isPresent())
				.allSatisfy(t -> assertThat(t.responsibleId()).isNotNull());
			assertThat(journey.touchpoints()).anySatisfy(t -> assertThat(t.expectationGap().orElseThrow().value()).isNegative());
			assertThat(journey.pains()).hasSizeGreaterThanOrEqualTo(12)
				.allSatisfy(p -> assertThat(p.source()).isNotNull())
				.extracting(Pain::severity).contains(2, 3, 4, 5);
			assertThat(journey.pains()).extracting(Pain::status).contains(PainStatus.OPEN, PainStatus.ADDRESSED);
			assertThat(journey.idef0Of(desk.id())).isPresent();
			Touchpoint identification = journey.touchpointsIn(Parent.element(desk.id())).get(2);
			assertThat(journey.idef0Of(identification.id())).isPresent();
			assertThat(journeys.idef0(journey.id(), desk.id()).orElseThrow().function().children()).hasSize(3);

			BarrierMatrix matrix = journeys.barrierMatrix(journey.id(), PainFilter.NONE);
			assertThat(matrix.total()).isEqualTo(journey.pains().size());
			assertThat(matrix.ranked().get(0).score()).isEqualTo(20);
		});
	}
}
