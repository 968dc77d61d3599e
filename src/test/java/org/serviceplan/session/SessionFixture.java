package org.serviceplan.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;
import org.springframework.boot.test.context.TestComponent;

/** A company with a journey (two touchpoints, a pain), a plan, a facilitator and employees, for session tests. */
@TestComponent
public class SessionFixture {

	private final TestCompanies companies;
	private final Journeys journeys;
	private final ServicePlans plans;

	SessionFixture(TestCompanies companies, Journeys journeys, ServicePlans plans) {
		this.companies = companies;
		this.journeys = journeys;
		this.plans = plans;
	}

	public Clinic clinic(String name, int employees) {
		Company company = companies.company(name);
		var facilitatorUser = company.join(Role.FACILITATOR);
		Member facilitator = companies.member(company.id(), facilitatorUser);
		List<Member> staff = new java.util.ArrayList<>();
		List<String> tokens = new java.util.ArrayList<>();
		for (int i = 0; i < employees; i++) {
			var user = company.join(Role.EMPLOYEE);
			staff.add(companies.member(company.id(), user));
			tokens.add(companies.token(user));
		}
		Member owner = company.ownerMember();
		return TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Визит пациента в клинику", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Запись");
			var call = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Звонок в клинику", Channel.PHONE));
			var site = journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Запись на сайте", Channel.WEBSITE));
			var pain = journeys.addPain(journey.id(), call.id(), new PainDetails("Долго не берут трубку", 4, 4, null, null));
			LocalDate start = LocalDate.now().withDayOfMonth(1);
			var plan = plans.create(owner, "Сервисный план", "Зачем", PlanPeriod.oneYearFrom(start), owner.personId(),
					Set.of());
			var goal = plans.addGoal(plan.id(), "Лояльность", null);
			plans.addTask(owner, plan.id(), new TaskDetails(goal.id(), "Персонал", "Обучить", null, owner.personId(),
					Set.of(), start, start.plusMonths(2), "Все обучены", null, null, "Отчёт", BigDecimal.TEN, null,
					"Собственный бюджет", null, null, null, null));
			return new Clinic(company, owner, facilitator, companies.token(facilitatorUser), staff, tokens, journey.id(),
					call.id(), site.id(), pain.id(), plan.id());
		});
	}

	public record Clinic(Company company, Member owner, Member facilitator, String facilitatorToken, List<Member> staff,
			List<String> staffTokens, UUID journeyId, UUID callId, UUID siteId, UUID painId, UUID planId) {

		public UUID ws() {
			return company.id();
		}
	}
}
