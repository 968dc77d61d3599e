package org.serviceplan.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.TestCompanies;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.plan.internal.PlanPeriod;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.TaskDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;

/**
 * A clinic with an approved service plan, built through ServicePlans: the owner wrote and approved it, a
 * service head leads it, Anna and Boris are responsible for one task each, Vera has none yet.
 */
public record ApprovedPlan(TestCompanies.Company company, Member owner, CurrentUser lead, CurrentUser anna,
		CurrentUser boris, CurrentUser vera, UUID planId, UUID goalId, UUID annasTask, UUID borisTask) {

	public static ApprovedPlan build(TestCompanies companies, ServicePlans plans, String name) {
		var company = companies.company(name);
		Member owner = company.ownerMember();
		CurrentUser lead = company.join(Role.SERVICE_HEAD);
		CurrentUser anna = company.join(Role.EMPLOYEE);
		CurrentUser boris = company.join(Role.EMPLOYEE);
		CurrentUser vera = company.join(Role.EMPLOYEE);
		UUID leadId = companies.member(company.id(), lead).personId();
		UUID annaId = companies.member(company.id(), anna).personId();
		UUID borisId = companies.member(company.id(), boris).personId();
		LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
		return TenantContext.inWorkspace(company.id(), () -> {
			var plan = plans.create(owner, "Сервисный план клиники", "Зачем: пациенты уходят после первого визита.",
					PlanPeriod.oneYearFrom(start), leadId, Set.of());
			plans.addCheckpoint(plan.id(), start.plusMonths(3).minusDays(1), "Итоги I квартала");
			plans.addCheckpoint(plan.id(), start.plusMonths(6).minusDays(1), "Итоги II квартала");
			var goal = plans.addGoal(plan.id(), "Повысить лояльность пациентов", "NPS с 20 до 45");
			var annas = plans.addTask(owner, plan.id(), task(goal.id(), "Обучить администраторов скриптам", annaId, start));
			var boriss = plans.addTask(owner, plan.id(), task(goal.id(), "Запустить опрос NPS", borisId, start));
			plans.submit(owner, plan.id());
			plans.approve(owner, plan.id());
			return new ApprovedPlan(company, owner, lead, anna, boris, vera, plan.id(), goal.id(), annas.id(),
					boriss.id());
		});
	}

	static TaskDetails task(UUID goalId, String title, UUID responsible, LocalDate start) {
		return new TaskDetails(goalId, "Персонал", title, "Тренинг по стандарту приёма", responsible, Set.of(),
				start.plusMonths(1), start.plusMonths(2).plusDays(14), "Все администраторы прошли аттестацию",
				"Аттестация", new BigDecimal("100"), "Отчёт раз в месяц", new BigDecimal("120000"), null,
				"Собственный бюджет", "Премия 10% от оклада", null, null, null);
	}

	public UUID personOf(TestCompanies companies, CurrentUser user) {
		return companies.member(company.id(), user).personId();
	}

	/** Anna's task goes to Vera, a month later: Anna, Vera and the lead hear of it, Boris and the owner not. */
	public void ownerHandsAnnasTaskToVera(TestCompanies companies, ServicePlans plans) {
		UUID veraId = personOf(companies, vera);
		TenantContext.inWorkspace(company.id(), () -> {
			TaskDetails d = plans.plan(planId).task(annasTask).details();
			plans.changeTask(owner, planId, annasTask, new TaskDetails(d.goalId(), d.block(), d.title(),
					d.description(), veraId, d.coExecutorIds(), d.startDate(), d.dueDate().plusMonths(1),
					d.expectedResult(), d.targetMetric(), d.targetValue(), d.reportingFormat(), d.budgetAmount(),
					d.budgetCurrency(), d.budgetSource(), d.reward(), d.status(), d.priority(), d.kind()), null);
		});
	}

	public LocalDate annasDueDate(ServicePlans plans) {
		return TenantContext.inWorkspace(company.id(), () -> plans.plan(planId).task(annasTask).dueDate());
	}
}
