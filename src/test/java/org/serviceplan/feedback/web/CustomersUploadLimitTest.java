package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.internal.customer.Customers;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The customers API takes no larger a table into memory than the customers page's upload limit allows. */
@IntegrationTest
@TestPropertySource(properties = "spring.servlet.multipart.max-file-size=1MB")
class CustomersUploadLimitTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Customers customers;

	@Test
	void refusesATableLargerThanTheUploadLimitAndStoresNothing() throws Exception {
		Company clinic = companies.company("Клиника Большая " + UUID.randomUUID());
		StringBuilder csv = new StringBuilder("ref;segment;firstPurchase;lastPurchase;revenue\r\n");
		for (int i = 0; csv.length() < 1_100_000; i++) {
			csv.append("P-").append(i).append(";Постоянные;2025-01-15;2026-11-02;4800\r\n");
		}

		mvc.perform(put("/api/v1/workspaces/{ws}/customers", clinic.id()).with(bearer(companies.token(clinic.owner())))
			.contentType("text/csv")
			.content(csv.toString().getBytes(StandardCharsets.UTF_8))
			.header("Accept-Language", "ru")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", Matchers.containsString("1 МБ")))
			.andExpect(jsonPath("$.accepted").value(0));

		assertThat(TenantContext.inWorkspace(clinic.id(), () -> customers.count())).isZero();
	}
}
