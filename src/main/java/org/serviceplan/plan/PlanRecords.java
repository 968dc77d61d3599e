package org.serviceplan.plan;

import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.Goal;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.shared.RecordType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The plan's audited records: the plan, its global tasks, checkpoints and concrete tasks. */
@Configuration(proxyBeanMethods = false)
class PlanRecords {

	@Bean
	@Order(10)
	RecordType planRecord() {
		return RecordType.of("plan", ServicePlan.class, "title")
			.referring("leadId", "person")
			.referring("submittedBy", "person")
			.referring("approvedBy", "person")
			.referring("closedBy", "person");
	}

	@Bean
	@Order(11)
	RecordType goalRecord() {
		return RecordType.of("goal", Goal.class, "title");
	}

	@Bean
	@Order(12)
	RecordType checkpointRecord() {
		return RecordType.of("checkpoint", Checkpoint.class, "title").referring("closedBy", "person");
	}

	@Bean
	@Order(13)
	RecordType taskRecord() {
		return RecordType.of("task", PlanTask.class, "title")
			.referring("goalId", "goal")
			.referring("responsibleId", "person")
			.referring("targetId", "target");
	}
}
