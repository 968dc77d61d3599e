package org.serviceplan.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.StaleRecord;

/** The rules of a journey map, on the aggregate alone. */
class JourneyRulesTest {

	private final Journey journey = new Journey("Визит пациента", null, "Новые пациенты", new ExpectedDuration(14));

	@Test
	void rejectsDurationShorterThanAWeek() {
		assertThatThrownBy(() -> new ExpectedDuration(6)).isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertRule(e, "expectedDurationDays", "journey.duration.tooShort"));
		assertThat(new ExpectedDuration(7).days()).isEqualTo(7);
	}

	@Test
	void rejectsDurationLongerThanTwoYears() {
		assertThatThrownBy(() -> new ExpectedDuration(731))
			.satisfies(e -> assertRule(e, "expectedDurationDays", "journey.duration.tooLong"));
		assertThat(new ExpectedDuration(730).days()).isEqualTo(730);
	}

	@Test
	void rejectsJourneyWithoutTitle() {
		assertThatThrownBy(() -> new Journey(" ", null, null, new ExpectedDuration(30)))
			.satisfies(e -> assertRule(e, "title", "validation.required"));
	}

	@Test
	void rejectsStageZoneAndElementWithoutName() {
		Stage stage = journey.addStage("До визита");
		assertThatThrownBy(() -> journey.addStage("")).satisfies(e -> assertRule(e, "name", "validation.required"));
		assertThatThrownBy(() -> journey.renameStage(stage.id(), " ", null))
			.satisfies(e -> assertRule(e, "name", "validation.required"));
		assertThatThrownBy(() -> journey.addZone(stage.id(), null)).satisfies(e -> assertRule(e, "name", "validation.required"));
		Zone zone = journey.addZone(stage.id(), "Входная зона");
		assertThatThrownBy(() -> journey.addElement(zone.id(), "")).satisfies(e -> assertRule(e, "name", "validation.required"));
		assertThat(stage.name()).isEqualTo("До визита");
	}

	@Test
	void rejectsTouchpointWithTwoParents() {
		Stage stage = journey.addStage("Во время визита");
		Zone zone = journey.addZone(stage.id(), "Ресепшн");
		assertThatThrownBy(() -> new Parent(stage.id(), zone.id(), null))
			.satisfies(e -> assertRule(e, "stageId", "journey.touchpoint.twoParents"));
	}

	@Test
	void rejectsTouchpointWithoutParent() {
		assertThatThrownBy(() -> new Parent(null, null, null))
			.satisfies(e -> assertRule(e, "stageId", "journey.touchpoint.noParent"));
	}

	@Test
	void rejectsParentOfAnotherJourney() {
		Journey other = new Journey("Другой", null, null, new ExpectedDuration(30));
		Stage elsewhere = other.addStage("До визита");
		assertThatThrownBy(() -> journey.addTouchpoint(Parent.stage(elsewhere.id()), TouchpointDetails.named("Звонок", Channel.PHONE)))
			.satisfies(e -> assertRule(e, "stageId", "journey.parent.unknown"));
	}

	@Test
	void rejectsSeverityOutsideOneToFive() {
		Touchpoint greeting = touchpointIn(journey.addStage("Во время визита"), "Приветствие");
		assertThatThrownBy(() -> journey.addPain(greeting.id(), new PainDetails("Не здороваются", 6, 3, PainSource.AUDIT, null)))
			.satisfies(e -> assertRule(e, "severity", "journey.score.outOfRange"));
		assertThatThrownBy(() -> journey.addPain(greeting.id(), new PainDetails("Не здороваются", 0, 3, PainSource.AUDIT, null)))
			.satisfies(e -> assertRule(e, "severity", "journey.score.outOfRange"));
		assertThat(journey.painsOf(greeting.id())).isEmpty();
	}

	@Test
	void rejectsFrequencyOutsideOneToFive() {
		Touchpoint greeting = touchpointIn(journey.addStage("Во время визита"), "Приветствие");
		assertThatThrownBy(() -> journey.addPain(greeting.id(), new PainDetails("Не здороваются", 3, 9, PainSource.AUDIT, null)))
			.satisfies(e -> assertRule(e, "frequency", "journey.score.outOfRange"));
	}

	@Test
	void rejectsExpectationAndQualityOutsideOneToFive() {
		Stage stage = journey.addStage("Во время визита");
		assertThatThrownBy(() -> journey.addTouchpoint(Parent.stage(stage.id()), new TouchpointDetails("Приветствие", null,
				Channel.OFFLINE, null, null, null, 0, 3, null, null)))
			.satisfies(e -> assertRule(e, "expectation", "journey.score.outOfRange"));
		assertThatThrownBy(() -> journey.addTouchpoint(Parent.stage(stage.id()), new TouchpointDetails("Приветствие", null,
				Channel.OFFLINE, null, null, null, 3, 6, null, null)))
			.satisfies(e -> assertRule(e, "quality", "journey.score.outOfRange"));
	}

	@Test
	void rejectsIconOutsideTheSet() {
		Stage stage = journey.addStage("Во время визита");
		assertThatThrownBy(() -> journey.addTouchpoint(Parent.stage(stage.id()), new TouchpointDetails("Приветствие", null,
				Channel.OFFLINE, null, null, "unicorn", null, null, null, null)))
			.satisfies(e -> assertRule(e, "icon", "journey.touchpoint.unknownIcon"));
		assertThat(journey.addTouchpoint(Parent.stage(stage.id()), new TouchpointDetails("Приветствие", null,
				Channel.OFFLINE, null, null, "handshake", null, null, null, null)).icon()).isEqualTo("handshake");
	}

	@Test
	void aNewPainIsOpen() {
		Touchpoint greeting = touchpointIn(journey.addStage("Во время визита"), "Приветствие");
		Pain pain = journey.addPain(greeting.id(), new PainDetails("Не здороваются", 4, 3, PainSource.AUDIT, null));
		assertThat(pain.status()).isEqualTo(PainStatus.OPEN);
		assertThat(pain.weight()).isEqualTo(12);
	}

	@Test
	void expectationGapIsBadBelowGoodAtAndExcellentAboveExpectation() {
		assertThat(ExpectationGap.of(4, 2)).isEqualTo(new ExpectationGap(-2, ExpectationGap.Verdict.BAD));
		assertThat(ExpectationGap.of(4, 4)).isEqualTo(new ExpectationGap(0, ExpectationGap.Verdict.GOOD));
		assertThat(ExpectationGap.of(3, 5)).isEqualTo(new ExpectationGap(2, ExpectationGap.Verdict.EXCELLENT));
		Touchpoint unmeasured = touchpointIn(journey.addStage("До визита"), "Звонок");
		assertThat(unmeasured.expectationGap()).isEmpty();
	}

	@Test
	void movesATouchpointToAnotherStageRenumberingBothParents() {
		Stage before = journey.addStage("До визита");
		Stage during = journey.addStage("Во время визита");
		Touchpoint call = touchpointIn(before, "Звонок");
		Touchpoint site = touchpointIn(before, "Запись на сайте");
		Touchpoint sms = touchpointIn(before, "СМС-напоминание");
		Touchpoint greeting = touchpointIn(during, "Приветствие");

		journey.moveTouchpoint(site.id(), Parent.stage(during.id()), 0, site.version());

		assertThat(journey.touchpointsIn(Parent.stage(before.id()))).extracting(Touchpoint::name, Touchpoint::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Звонок", 0), org.assertj.core.groups.Tuple.tuple("СМС-напоминание", 1));
		assertThat(journey.touchpointsIn(Parent.stage(during.id()))).extracting(Touchpoint::name)
			.containsExactly("Запись на сайте", "Приветствие");
		assertThat(call.position()).isZero();
		assertThat(sms.position()).isEqualTo(1);
		assertThat(greeting.position()).isEqualTo(1);
	}

	@Test
	void reordersWithinTheSameParent() {
		Stage stage = journey.addStage("Во время визита");
		touchpointIn(stage, "Визуальный контакт");
		touchpointIn(stage, "Приветствие");
		Touchpoint identification = touchpointIn(stage, "Идентификация пациента");
		journey.moveTouchpoint(identification.id(), Parent.stage(stage.id()), 0, null);
		assertThat(journey.touchpointsIn(Parent.stage(stage.id()))).extracting(Touchpoint::name)
			.containsExactly("Идентификация пациента", "Визуальный контакт", "Приветствие");
	}

	@Test
	void rejectsMoveIndexOutsideTheParent() {
		Stage stage = journey.addStage("Во время визита");
		Touchpoint greeting = touchpointIn(stage, "Приветствие");
		assertThatThrownBy(() -> journey.moveTouchpoint(greeting.id(), Parent.stage(stage.id()), 2, null))
			.satisfies(e -> assertRule(e, "index", "journey.move.indexOutOfRange"));
		assertThatThrownBy(() -> journey.moveTouchpoint(greeting.id(), Parent.stage(stage.id()), -1, null))
			.satisfies(e -> assertRule(e, "index", "journey.move.indexOutOfRange"));
	}

	@Test
	void rejectsMoveOfAStaleTouchpoint() {
		Stage stage = journey.addStage("Во время визита");
		Touchpoint greeting = touchpointIn(stage, "Приветствие");
		assertThatThrownBy(() -> journey.moveTouchpoint(greeting.id(), Parent.stage(stage.id()), 0, greeting.version() + 1))
			.isInstanceOf(StaleRecord.class);
	}

	@Test
	void movesAZoneWithItsElementsAndTouchpointsToAnotherStage() {
		Stage before = journey.addStage("До визита");
		Stage during = journey.addStage("Во время визита");
		Zone entrance = journey.addZone(before.id(), "Входная зона");
		Element door = journey.addElement(entrance.id(), "Дверь");
		Touchpoint eyes = journey.addTouchpoint(Parent.element(door.id()), TouchpointDetails.named("Визуальный контакт", Channel.OFFLINE));

		journey.moveZone(entrance.id(), during.id(), 0, entrance.version());

		assertThat(journey.zonesOf(before.id())).isEmpty();
		assertThat(journey.zonesOf(during.id())).containsExactly(entrance);
		assertThat(journey.stageOf(eyes)).isEqualTo(during.id());
		assertThat(journey.zoneOf(eyes)).contains(entrance.id());
	}

	@Test
	void removingAStageRemovesEverythingOnItAndRenumbersTheRest() {
		Stage before = journey.addStage("До визита");
		Stage during = journey.addStage("Во время визита");
		Stage after = journey.addStage("После визита");
		Zone reception = journey.addZone(during.id(), "Ресепшн");
		Touchpoint greeting = journey.addTouchpoint(Parent.zone(reception.id()), TouchpointDetails.named("Приветствие", Channel.OFFLINE));
		journey.addPain(greeting.id(), new PainDetails("Не здороваются", 3, 3, PainSource.OBSERVATION, null));

		journey.removeStage(during.id());

		assertThat(journey.stages()).extracting(Stage::name, Stage::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("До визита", 0), org.assertj.core.groups.Tuple.tuple("После визита", 1));
		assertThat(journey.touchpoints()).isEmpty();
		assertThat(journey.pains()).isEmpty();
		assertThatThrownBy(() -> journey.zone(reception.id())).isInstanceOf(RecordNotFound.class);
		assertThat(before.position()).isZero();
		assertThat(after.position()).isEqualTo(1);
	}

	@Test
	void copiesAsToBeWithEveryLevelPainAndIdeaLinkedBack() {
		Stage during = journey.addStage("Во время визита");
		Zone reception = journey.addZone(during.id(), "Ресепшн");
		Element desk = journey.addElement(reception.id(), "Стойка");
		Touchpoint greeting = journey.addTouchpoint(Parent.element(desk.id()), new TouchpointDetails("Приветствие",
				null, Channel.OFFLINE, null, null, "handshake", 4, 2, "Бейдж с именем", null));
		journey.addPain(greeting.id(), new PainDetails("Не здороваются", 4, 3, PainSource.AUDIT, null));
		UUID author = UUID.randomUUID();
		journey.addIdea(greeting.id(), IdeaKind.IDEAL_FUTURE, "Здороваться по имени", author);

		Journey toBe = journey.copyAsToBe("Визит пациента — как должно быть");

		assertThat(toBe.id()).isNotEqualTo(journey.id());
		assertThat(toBe.status()).isEqualTo(JourneyStatus.TO_BE);
		assertThat(toBe.toBeOf()).contains(journey.id());
		assertThat(toBe.expectedDuration()).isEqualTo(journey.expectedDuration());
		Touchpoint copied = toBe.touchpoints().get(0);
		assertThat(copied.id()).isNotEqualTo(greeting.id());
		assertThat(copied.details()).isEqualTo(greeting.details());
		assertThat(toBe.element(copied.elementId()).name()).isEqualTo("Стойка");
		assertThat(toBe.zoneOf(copied).map(z -> toBe.zone(z).name())).contains("Ресепшн");
		assertThat(toBe.painsOf(copied.id())).extracting(Pain::description, Pain::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Не здороваются", 4));
		assertThat(toBe.ideasOf(copied.id())).extracting(Idea::text, Idea::authorId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Здороваться по имени", author));
		assertThat(journey.touchpoints()).containsExactly(greeting);
	}

	@Test
	void rejectsCopyingAToBeJourneyAsToBe() {
		Journey toBe = journey.copyAsToBe("Как должно быть");
		assertThatThrownBy(() -> toBe.copyAsToBe("Ещё раз")).satisfies(e -> assertRule(e, null, "journey.toBe.alreadyToBe"));
	}

	private Touchpoint touchpointIn(Stage stage, String name) {
		return journey.addTouchpoint(Parent.stage(stage.id()), TouchpointDetails.named(name, Channel.OFFLINE));
	}

	private static void assertRule(Throwable e, String field, String key) {
		assertThat(e).isInstanceOf(BusinessRuleViolation.class);
		assertThat(((BusinessRuleViolation) e).field()).isEqualTo(field);
		assertThat(((BusinessRuleViolation) e).messageKey()).isEqualTo(key);
	}
}
