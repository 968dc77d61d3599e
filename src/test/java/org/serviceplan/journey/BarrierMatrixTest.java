package org.serviceplan.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BarrierMatrixTest {

	static final UUID BEFORE = UUID.randomUUID();
	static final UUID DURING = UUID.randomUUID();
	static final UUID RECEPTION = UUID.randomUUID();
	static final UUID MEDICAL_BLOCK = UUID.randomUUID();
	static final UUID FRONT_DESK = UUID.randomUUID();
	static final UUID DOCTORS = UUID.randomUUID();

	static PainPoint pain(String description, int severity, int frequency, UUID stage, UUID zone, UUID department,
			boolean open) {
		return new PainPoint(UUID.randomUUID(), description, severity, frequency, UUID.randomUUID(), "Приветствие",
				stage, zone, department, open);
	}

	final PainPoint queue = pain("Очередь у стойки регистрации", 4, 5, DURING, RECEPTION, FRONT_DESK, true);
	final PainPoint noEyeContact = pain("Администратор не смотрит в глаза", 3, 4, DURING, RECEPTION, FRONT_DESK, true);
	final PainPoint lostCard = pain("Потеряна медицинская карта", 5, 2, DURING, MEDICAL_BLOCK, DOCTORS, true);
	final PainPoint phone = pain("Не дозвониться для записи", 2, 5, BEFORE, null, FRONT_DESK, false);
	final PainPoint forms = pain("Много бумажных анкет", 2, 5, DURING, RECEPTION, FRONT_DESK, true);
	final List<PainPoint> pains = List.of(phone, forms, queue, noEyeContact, lostCard);

	@Test
	void ranksBySeverityTimesFrequency() {
		var ranked = BarrierMatrix.of(pains, PainFilter.NONE).ranked();

		assertThat(ranked).extracting(PainPoint::score).containsExactly(20, 12, 10, 10, 10);
		assertThat(ranked.get(0)).isEqualTo(queue);
		assertThat(ranked.get(1)).isEqualTo(noEyeContact);
	}

	@Test
	void breaksTiesByHigherSeverityThenDescription() {
		var ranked = BarrierMatrix.of(pains, PainFilter.NONE).ranked();

		// 5×2, then 2×5 twice: "Много..." before "Не дозвониться..."
		assertThat(ranked.subList(2, 5)).containsExactly(lostCard, forms, phone);
	}

	@Test
	void countsPainsPerCell() {
		var twice = pain("Ещё одна очередь", 4, 5, DURING, RECEPTION, FRONT_DESK, true);
		var matrix = BarrierMatrix.of(List.of(queue, twice, phone), PainFilter.NONE);

		assertThat(matrix.cell(4, 5).count()).isEqualTo(2);
		assertThat(matrix.cell(4, 5).pains()).containsExactlyInAnyOrder(queue, twice);
		assertThat(matrix.cell(2, 5).pains()).containsExactly(phone);
		assertThat(matrix.cell(1, 1).count()).isZero();
		assertThat(matrix.total()).isEqualTo(3);
	}

	@Test
	void drawsFiveRowsMostSevereOnTopWithFrequencyLeftToRight() {
		var rows = BarrierMatrix.of(pains, PainFilter.NONE).rows();

		assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(5));
		assertThat(rows.get(0)).extracting(BarrierMatrix.Cell::severity).containsOnly(5);
		assertThat(rows.get(4)).extracting(BarrierMatrix.Cell::severity).containsOnly(1);
		assertThat(rows.get(0)).extracting(BarrierMatrix.Cell::frequency).containsExactly(1, 2, 3, 4, 5);
		assertThat(rows.get(0).get(1).pains()).containsExactly(lostCard);
	}

	@Test
	void filtersByStage() {
		var matrix = BarrierMatrix.of(pains, new PainFilter(BEFORE, null, null, false));

		assertThat(matrix.ranked()).containsExactly(phone);
		assertThat(matrix.cell(4, 5).count()).isZero();
	}

	@Test
	void filtersByZone() {
		var matrix = BarrierMatrix.of(pains, new PainFilter(null, MEDICAL_BLOCK, null, false));

		assertThat(matrix.ranked()).containsExactly(lostCard);
	}

	@Test
	void filtersByDepartment() {
		var matrix = BarrierMatrix.of(pains, new PainFilter(null, null, FRONT_DESK, false));

		assertThat(matrix.ranked()).containsExactly(queue, noEyeContact, forms, phone);
	}

	@Test
	void filtersOpenOnly() {
		var matrix = BarrierMatrix.of(pains, new PainFilter(null, null, null, true));

		assertThat(matrix.ranked()).doesNotContain(phone).hasSize(4);
	}

	@Test
	void combinesFilters() {
		var matrix = BarrierMatrix.of(pains, new PainFilter(DURING, RECEPTION, FRONT_DESK, true));

		assertThat(matrix.ranked()).containsExactly(queue, noEyeContact, forms);
	}

	@Test
	void showsEveryPainWithoutFilter() {
		assertThat(BarrierMatrix.of(pains, null).total()).isEqualTo(5);
		assertThat(BarrierMatrix.of(List.of(), PainFilter.NONE).ranked()).isEmpty();
	}

	@Test
	void cssLevelGrowsWithSeverityTimesFrequency() {
		assertThat(BarrierMatrix.cssLevel(1, 1)).isEqualTo("low");
		assertThat(BarrierMatrix.cssLevel(2, 2)).isEqualTo("low");
		assertThat(BarrierMatrix.cssLevel(1, 5)).isEqualTo("medium");
		assertThat(BarrierMatrix.cssLevel(3, 3)).isEqualTo("medium");
		assertThat(BarrierMatrix.cssLevel(2, 5)).isEqualTo("high");
		assertThat(BarrierMatrix.cssLevel(5, 3)).isEqualTo("high");
		assertThat(BarrierMatrix.cssLevel(4, 4)).isEqualTo("critical");
		assertThat(BarrierMatrix.cssLevel(5, 5)).isEqualTo("critical");
		var matrix = BarrierMatrix.of(pains, PainFilter.NONE);
		assertThat(matrix.cell(4, 5).cssLevel()).isEqualTo("critical");
		assertThat(matrix.cell(1, 2).cssLevel()).isEqualTo("low");
	}

	@Test
	void refusesSeverityOrFrequencyOutsideOneToFive() {
		assertThatIllegalArgumentException().isThrownBy(() -> pain("x", 0, 3, null, null, null, true));
		assertThatIllegalArgumentException().isThrownBy(() -> pain("x", 3, 6, null, null, null, true));
		assertThatIllegalArgumentException().isThrownBy(() -> BarrierMatrix.of(pains, null).cell(6, 1));
	}
}
