package org.serviceplan.feedback.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.serviceplan.feedback.internal.dashboard.RowError;
import org.serviceplan.feedback.internal.dashboard.UploadedTable;
import org.serviceplan.feedback.internal.dashboard.UploadedTable.Encoding;

class CustomerImportTest {

	static UploadedTable csv(String text) throws Exception {
		return UploadedTable.read("customers.csv", text.getBytes(StandardCharsets.UTF_8), Encoding.UTF_8);
	}

	@Test
	void readsEveryCustomerWithRussianDatesAndDecimalCommas() throws Exception {
		var result = CustomerImport.read(csv("""
				ref;segment;firstPurchase;lastPurchase;revenue
				P-1;Постоянные;15.01.2025;2026-02-01;12 500,50
				P-2;;2025-03-01;2025-03-01;0
				"""));

		assertThat(result.accepted()).isTrue();
		assertThat(result.rows()).extracting(CustomerRow::ref).containsExactly("P-1", "P-2");
		assertThat(result.rows().get(0).revenue()).isEqualByComparingTo("12500.50");
		assertThat(result.rows().get(1).segment()).isNull();
	}

	@Test
	void refusesTheWholeFileAndNamesEveryBadLineAndField() throws Exception {
		var result = CustomerImport.read(csv("""
				ref,firstPurchase,lastPurchase,revenue
				P-1,2025-01-01,2025-06-01,100
				P-1,2025-01-01,2025-06-01,100
				P-3,2025-06-01,2025-01-01,сто
				"""));

		assertThat(result.accepted()).isFalse();
		assertThat(result.rows()).isEmpty();
		assertThat(result.errors()).extracting(RowError::line, RowError::field, RowError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ref", "dashboard.import.customer.duplicate"),
					org.assertj.core.groups.Tuple.tuple(4, "lastPurchase", "dashboard.import.customer.lastBeforeFirst"),
					org.assertj.core.groups.Tuple.tuple(4, "revenue", "dashboard.import.notNumber"));
	}

	@Test
	void namesAMissingColumn() throws Exception {
		var result = CustomerImport.read(csv("ref,revenue\nP-1,10\n"));

		assertThat(result.errors()).extracting(RowError::field).containsExactly("firstPurchase", "lastPurchase");
	}
}
