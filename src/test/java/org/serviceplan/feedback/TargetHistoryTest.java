package org.serviceplan.feedback;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.serviceplan.ApiRequests.apiGet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.feedback.internal.target.Comparison;
import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.Targets;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who set, changed or dropped a metric target, and how, is in the company's History. */
@IntegrationTest
class TargetHistoryTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Targets targets;

	@Test
	void aTargetsCreationChangeAndRemovalAreInTheHistoryWithWhoDidIt() throws Exception {
		var clinic = companies.company("Клиника История целей " + UUID.randomUUID());
		var owner = clinic.ownerMember();
		mvc.perform(post("/w/{ws}/feedback/targets", clinic.id()).param("metric", "NPS").param("comparison", "AT_LEAST")
			.param("value", "50").param("dueDate", "2027-12-31").with(user(clinic.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID id = TenantContext.inWorkspace(clinic.id(), () -> targets.all().get(0).id());
		TenantContext.inWorkspace(clinic.id(), () -> targets.change(id, new TargetDetails("NPS", Comparison.AT_MOST,
				new BigDecimal("55"), LocalDate.of(2027, 12, 31), null, null), 0L));
		mvc.perform(post("/w/{ws}/feedback/targets/{id}/delete", clinic.id(), id).with(user(clinic.owner()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());

		String token = companies.token(clinic.owner());
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/history/target/{id}", clinic.id(), id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].action").value("deleted"))
			.andExpect(jsonPath("$[0].actor.name").value(owner.name()))
			.andExpect(jsonPath("$[1].action").value("changed"))
			.andExpect(jsonPath("$[1].changes[*].field", containsInAnyOrder("comparison", "value")))
			.andExpect(jsonPath("$[2].action").value("created"))
			.andExpect(jsonPath("$[2].recordName").value("NPS"))
			.andExpect(jsonPath("$[2].actor.name").value(owner.name()));
		mvc.perform(apiGet(token, "/api/v1/workspaces/{ws}/history?type=target", clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].recordId", hasItem(id.toString())));
		mvc.perform(get("/w/{ws}/history/target/{id}", clinic.id(), id).with(user(clinic.owner())))
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("Цель по метрике"),
					Matchers.containsString("не больше (≤)"))));
	}
}
