package org.serviceplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.plan.internal.PlanTemplate;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PlanTemplatesIntegrationTest {

	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;

	@Test
	void aPlanSavedAsTemplateStartsTheNextPlanOfTheWorkspaceOnly() {
		var clinic = companies.company("Клиника Шаблоны");
		var other = companies.company("Салон Шаблоны");
		var owner = clinic.ownerMember();
		String key = TenantContext.inWorkspace(clinic.id(), () -> {
			ServicePlan first = plans.createFromTemplate(owner, "standard", "Сервисный план 2027", LocalDate.of(2027, 1, 1),
					null);
			assertThat(first.tasks()).isNotEmpty();
			return plans.saveAsTemplate(owner, first.id(), "Наш шаблон клиники").key();
		});
		TenantContext.inWorkspace(clinic.id(), () -> {
			assertThat(plans.templates()).extracting(PlanTemplate::key).containsExactly("standard", key);
			ServicePlan second = plans.createFromTemplate(owner, key, "Сервисный план 2028", LocalDate.of(2028, 1, 1), null);
			assertThat(second.tasks()).hasSameSizeAs(plans.plan(second.id()).tasks()).isNotEmpty();
			assertThat(second.period().start()).isEqualTo(LocalDate.of(2028, 1, 1));
		});
		TenantContext.inWorkspace(other.id(), () -> assertThat(plans.templates()).extracting(PlanTemplate::key)
			.containsExactly("standard"));
	}
}
