package org.serviceplan.plan.internal;

import java.util.List;
import java.util.UUID;

import org.serviceplan.plan.PlanStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<ServicePlan, UUID> {

	List<ServicePlan> findAllByOrderByStartDateDescTitleAsc();

	@Query("select t from PlanTask t join t.plan p where p.status <> :closed and t.status in "
			+ "(org.serviceplan.plan.TaskStatus.PLANNED, org.serviceplan.plan.TaskStatus.IN_PROGRESS)")
	List<PlanTask> openTasksOfPlansNot(PlanStatus closed);

	@Query("select t from PlanTask t join t.plan p where p.status <> org.serviceplan.plan.PlanStatus.DRAFT "
			+ "and (t.responsibleId = :personId or :personId member of t.coExecutorIds) order by t.dueDate")
	List<PlanTask> tasksOf(UUID personId);
}
