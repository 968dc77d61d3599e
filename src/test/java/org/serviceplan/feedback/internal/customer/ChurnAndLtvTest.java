package org.serviceplan.feedback.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChurnAndLtvTest {

	private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
	private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);

	private static CustomerRow customer(String ref, String first, String last, long revenue) {
		return new CustomerRow(ref, null, LocalDate.parse(first), LocalDate.parse(last), BigDecimal.valueOf(revenue));
	}

	/** Ninety days without a purchase loses a customer. */
	private static final List<CustomerRow> TABLE = List.of(
			customer("A", "2025-01-10", "2025-10-15", 0), // lost on 13 Jan: lost in January
			customer("B", "2025-03-01", "2025-12-20", 0), // lost on 20 Mar: stays
			customer("C", "2025-06-01", "2025-09-01", 0), // lost on 30 Nov: gone before January
			customer("D", "2026-01-05", "2026-01-05", 0), // new in January: not at its start
			customer("E", "2025-05-05", "2025-10-31", 0), // lost on 29 Jan: lost in January
			customer("F", "2024-01-01", "2026-01-20", 0)); // buys on: stays

	@Test
	void churnIsCustomersLostOverCustomersAtThePeriodsStart() {
		ChurnRate january = ChurnRate.over(TABLE, JANUARY, FEBRUARY, 90);

		assertThat(january.atStart()).isEqualTo(4);
		assertThat(january.lost()).isEqualTo(2);
		assertThat(january.percent()).isEqualTo(50.0);
	}

	@Test
	void customerLostOnTheFirstDayOfAPeriodWasNotAtItsStart() {
		List<CustomerRow> one = List.of(customer("X", "2025-01-01", "2025-10-03", 0)); // lost on 1 Jan

		assertThat(ChurnRate.over(one, JANUARY, FEBRUARY, 90).atStart()).isZero();
		assertThat(ChurnRate.over(one, JANUARY, FEBRUARY, 90).percent()).isNull();
	}

	@Test
	void longerInactivityWindowLosesFewer() {
		ChurnRate january = ChurnRate.over(TABLE, JANUARY, FEBRUARY, 365);

		// C is still counted (lost on 1 Sep 2026); nobody's window ends in January
		assertThat(january.atStart()).isEqualTo(5);
		assertThat(january.lost()).isZero();
	}

	@Test
	void ltvIsRevenuePerCustomerMonthTimesMarginTimesLifetime() {
		// 120 000 over 60 customer-months = 2 000 a month; 40% margin; churn 5% a month → 20 months
		List<CustomerRow> customers = List.of(customer("A", "2025-01-15", "2025-12-03", 60_000), // 12 months
				customer("B", "2025-01-01", "2026-12-31", 48_000), // 24 months
				customer("C", "2024-01-31", "2025-12-01", 12_000)); // 24 months
		List<ChurnRate> months = List.of(new ChurnRate(JANUARY, FEBRUARY, 60, 3, 90),
				new ChurnRate(FEBRUARY, FEBRUARY.plusMonths(1), 40, 2, 90));

		Ltv ltv = Ltv.of(customers, new BigDecimal("40"), months);

		assertThat(ltv.customerMonths()).isEqualTo(60);
		assertThat(ltv.revenuePerCustomerMonth()).isEqualByComparingTo("2000");
		assertThat(ltv.churnPercent()).isEqualTo(5.0);
		assertThat(ltv.lifetimeMonths()).isEqualTo(20.0);
		assertThat(ltv.value()).isEqualByComparingTo("16000");
	}

	@Test
	void ltvIsUnknownWhileNobodyLeft() {
		Ltv ltv = Ltv.of(TABLE, new BigDecimal("40"), List.of(new ChurnRate(JANUARY, FEBRUARY, 10, 0, 90)));

		assertThat(ltv.lifetimeMonths()).isNull();
		assertThat(ltv.value()).isNull();
	}
}
