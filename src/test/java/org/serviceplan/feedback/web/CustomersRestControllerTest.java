package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.internal.customer.ChurnRate;
import org.serviceplan.feedback.internal.customer.Customers;
import org.serviceplan.feedback.internal.customer.Ltv;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class CustomersRestControllerTest {

	static final String CUSTOMERS = "/api/v1/workspaces/{ws}/customers";
	static final String ECONOMICS = CUSTOMERS + "/economics";
	static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Customers customers;
	@Autowired
	Clock clock;

	Company clinic;
	String owner;
	LocalDate today;

	@BeforeEach
	void clinic() {
		clinic = companies.company("Клиника Клиенты " + UUID.randomUUID());
		owner = companies.token(clinic.owner());
		today = LocalDate.now(clock.withZone(clinic.ownerMember().timezone()));
	}

	/** Three customers: one still buying, two lost within the last twelve months (180 days after the last visit). */
	String russianExcelCsv() {
		return "ref;segment;firstPurchase;lastPurchase;revenue\r\n"
				+ "P-1;Постоянные;" + RUSSIAN.format(today.minusDays(720)) + ";" + today.minusDays(10) + ";12 000,50\r\n"
				+ "P-2;Новые пациенты;" + today.minusDays(700) + ";" + RUSSIAN.format(today.minusDays(300)) + ";5000\r\n"
				+ "P-3;Новые пациенты;" + today.minusDays(400) + ";" + today.minusDays(250) + ";3000,00\r\n";
	}

	ResultActions replace(String token, byte[] body, String contentType) throws Exception {
		return mvc.perform(put(CUSTOMERS, clinic.id()).with(bearer(token)).contentType(contentType).content(body)
			.header("Accept-Language", "ru").accept(MediaType.APPLICATION_JSON));
	}

	long count() {
		return TenantContext.inWorkspace(clinic.id(), () -> customers.count());
	}

	@Test
	void importsRussianExcelCsvAndAnswersWithThePagesChurnAndLtv() throws Exception {
		replace(owner, russianExcelCsv().getBytes(Charset.forName("windows-1251")), "text/csv")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(3))
			.andExpect(jsonPath("$.rejected").isEmpty());

		List<ChurnRate> churn = TenantContext.inWorkspace(clinic.id(), () -> customers.monthlyChurn(today, 12));
		Ltv ltv = TenantContext.inWorkspace(clinic.id(), () -> customers.ltv(today));
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		mvc.perform(apiGet(owner, ECONOMICS, clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(lastMonth.minusMonths(11).atDay(1).toString()))
			.andExpect(jsonPath("$.to").value(lastMonth.atEndOfMonth().toString()))
			.andExpect(jsonPath("$.customers").value(3))
			.andExpect(jsonPath("$.grossMarginPercent").value(30))
			.andExpect(jsonPath("$.inactivityDays").value(180))
			.andExpect(jsonPath("$.economicsStated").value(false))
			.andExpect(jsonPath("$.churn", hasSize(12)))
			.andExpect(jsonPath("$.churn[*].atStart").value(contains(churn.stream().map(ChurnRate::atStart).toArray())))
			.andExpect(jsonPath("$.churn[*].lost").value(contains(churn.stream().map(ChurnRate::lost).toArray())))
			.andExpect(jsonPath("$.churn[0].start").value(churn.get(0).start().toString()))
			.andExpect(jsonPath("$.ltv.revenue").value(20000.5))
			.andExpect(jsonPath("$.ltv.customerMonths").value((int) ltv.customerMonths()))
			.andExpect(jsonPath("$.ltv.churnLost").value(2))
			.andExpect(jsonPath("$.ltv.churnAtStart").value(ltv.churnAtStart()))
			.andExpect(jsonPath("$.ltv.lifetimeMonths").value(ltv.lifetimeMonths()))
			.andExpect(jsonPath("$.ltv.value").value(ltv.value().doubleValue()));
	}

	@Test
	void readsOneSegmentOverChosenMonths() throws Exception {
		replace(owner, ("\uFEFF" + russianExcelCsv()).getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8")
			.andExpect(status().isOk());
		YearMonth first = YearMonth.from(today).minusMonths(24);

		mvc.perform(apiGet(owner, ECONOMICS + "?from={from}&to={to}&segment={segment}", clinic.id(),
				first.atDay(15), first.plusMonths(23).atDay(3), "Новые пациенты"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(first.atDay(1).toString()))
			.andExpect(jsonPath("$.to").value(first.plusMonths(23).atEndOfMonth().toString()))
			.andExpect(jsonPath("$.segment").value("Новые пациенты"))
			.andExpect(jsonPath("$.customers").value(2))
			.andExpect(jsonPath("$.churn", hasSize(24)))
			.andExpect(jsonPath("$.ltv.revenue").value(8000.0))
			.andExpect(jsonPath("$.ltv.churnLost").value(2));
	}

	@Test
	void refusesAPeriodThatEndsBeforeItStartsOrIsTooLong() throws Exception {
		mvc.perform(apiGet(owner, ECONOMICS + "?from=2026-05-01&to=2026-03-31", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(apiGet(owner, ECONOMICS + "?from=2000-01-01&to=2026-03-31", clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void importsAJsonArrayByTheSameRulesAndStoresNothingWhenALineIsRefused() throws Exception {
		String good = """
				[{"ref": "P-1", "segment": "Новые", "firstPurchase": "2025-01-15", "lastPurchase": "2026-02-01", "revenue": 4800.5},
				 {"ref": "P-2", "firstPurchase": "01.03.2025", "lastPurchase": "2025-03-01", "revenue": "3 200"}]""";
		replace(owner, good.getBytes(StandardCharsets.UTF_8), "application/json")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2));

		String bad = """
				[{"ref": "P-7", "firstPurchase": "2025-01-15", "lastPurchase": "2026-02-01", "revenue": 10},
				 {"ref": "P-8", "firstPurchase": "2025-05-01", "lastPurchase": "2025-04-01", "revenue": 10},
				 {"ref": "P-7", "firstPurchase": "2025-01-15", "lastPurchase": "2026-02-01", "revenue": -5},
				 {}]""";
		replace(owner, bad.getBytes(StandardCharsets.UTF_8), "application/json")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].field").value("lastPurchase"))
			.andExpect(jsonPath("$.rejected[0].message").value("Последняя покупка раньше первой."))
			.andExpect(jsonPath("$.rejected[1].line").value(3))
			.andExpect(jsonPath("$.rejected[1].field").value("ref"))
			.andExpect(jsonPath("$.rejected[2].line").value(3))
			.andExpect(jsonPath("$.rejected[2].field").value("revenue"))
			.andExpect(jsonPath("$.rejected[3].line").value(4))
			.andExpect(jsonPath("$.rejected[3].field").value("ref"));
		assertThat(count()).isEqualTo(2);

		replace(owner, "{\"ref\": \"P-1\"}".getBytes(StandardCharsets.UTF_8), "application/json")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aFileWithABrokenStructureStoresNothing() throws Exception {
		replace(owner, russianExcelCsv().getBytes(StandardCharsets.UTF_8), "text/csv").andExpect(status().isOk());

		replace(owner, "ref;segment;firstPurchase;lastPurchase\nP-9;;2025-01-01;2025-02-01\n"
			.getBytes(StandardCharsets.UTF_8), "text/csv")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.rejected[0].line").value(1))
			.andExpect(jsonPath("$.rejected[0].field").value("revenue"));
		replace(owner, "ref,firstPurchase,lastPurchase,revenue\n\"P-9,2025-01-01,2025-02-01,1\n"
			.getBytes(StandardCharsets.UTF_8), "text/csv")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.accepted").value(0));
		assertThat(count()).isEqualTo(3);
	}

	@Test
	void anEmployeeReadsTheFiguresButMayNotReplaceTheTable() throws Exception {
		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		replace(employee, russianExcelCsv().getBytes(StandardCharsets.UTF_8), "text/csv")
			.andExpect(status().isForbidden());
		assertThat(count()).isZero();
		mvc.perform(apiGet(employee, ECONOMICS, clinic.id())).andExpect(status().isOk());
	}

	@Test
	void anotherCompanysCustomersAreNotFound() throws Exception {
		String stranger = companies.token(companies.company("Чужая клиника " + UUID.randomUUID()).owner());
		replace(stranger, russianExcelCsv().getBytes(StandardCharsets.UTF_8), "text/csv")
			.andExpect(status().isNotFound());
		mvc.perform(apiGet(stranger, ECONOMICS, clinic.id())).andExpect(status().isNotFound());
		assertThat(count()).isZero();
	}
}
