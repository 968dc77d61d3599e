package org.serviceplan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.serviceplan.plan.internal.PlanFixture.ADMINISTRATOR;
import static org.serviceplan.plan.internal.PlanFixture.LEAD;
import static org.serviceplan.plan.internal.PlanFixture.task;
import static org.serviceplan.plan.internal.PlanFixture.withDates;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkloadTest {

	@Test
	void warnsWhenAPersonCarriesMoreOpenTasksAtOnceThanAllowed() {
		ServicePlan plan = PlanFixture.readyPlan();
		var goal = plan.goals().get(0).id();
		plan.addTask(task(goal, "Персонал", "Второе", ADMINISTRATOR));
		plan.addTask(task(goal, "Персонал", "Третье", ADMINISTRATOR));
		assertThat(new Workload(2).overloaded(plan.tasks())).containsEntry(ADMINISTRATOR, 3);
		assertThat(new Workload(3).overloaded(plan.tasks())).isEmpty();
	}

	@Test
	void tasksOneAfterAnotherDoNotCrowd() {
		ServicePlan plan = PlanFixture.readyPlan();
		var goal = plan.goals().get(0).id();
		plan.addTask(withDates(task(goal, "Персонал", "Потом", ADMINISTRATOR), LocalDate.of(2027, 3, 16),
				LocalDate.of(2027, 4, 30)));
		plan.addTask(withDates(task(goal, "Персонал", "Ещё позже", ADMINISTRATOR), LocalDate.of(2027, 5, 1),
				LocalDate.of(2027, 5, 30)));
		assertThat(new Workload(1).overloaded(plan.tasks())).isEmpty();
	}

	@Test
	void countsEachPersonSeparately() {
		ServicePlan plan = PlanFixture.readyPlan();
		var goal = plan.goals().get(0).id();
		plan.addTask(task(goal, "Персонал", "У руководителя", LEAD));
		assertThat(new Workload(1).overloaded(plan.tasks())).isEmpty();
	}
}
