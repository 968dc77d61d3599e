package org.serviceplan.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.PlanTemplate;
import org.serviceplan.plan.internal.Readiness;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.web.PlanJsons.CheckpointJson;
import org.serviceplan.plan.web.PlanJsons.Counts;
import org.serviceplan.plan.web.PlanJsons.GoalJson;
import org.serviceplan.plan.web.PlanJsons.PartJson;
import org.serviceplan.plan.web.PlanJsons.PlanJson;
import org.serviceplan.plan.web.PlanJsons.PlanSummaryJson;
import org.serviceplan.plan.web.PlanJsons.ReadinessJson;
import org.serviceplan.plan.web.PlanJsons.TaskJson;
import org.serviceplan.plan.web.PlanJsons.TemplateJson;
import org.serviceplan.plan.web.PlanJsons.WarningJson;
import org.serviceplan.workspace.Member;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns plans into the API's answers: texts in the caller's language, dates as of today in the company's zone. */
@Component
class PlanAnswers {

	private final ServicePlans servicePlans;
	private final MessageSource messages;
	private final Clock clock;

	PlanAnswers(ServicePlans servicePlans, MessageSource messages, Clock clock) {
		this.servicePlans = servicePlans;
		this.messages = messages;
		this.clock = clock;
	}

	/** Today where the company is: "overdue" and "active" turn at its midnight, not the server's. */
	LocalDate today(Member member) {
		return LocalDate.now(clock.withZone(member.timezone()));
	}

	PlanJson plan(Member member, ServicePlan plan, Locale locale) {
		LocalDate today = today(member);
		List<WarningJson> warnings = servicePlans.warnings(plan.id()).stream()
			.map(w -> new WarningJson(w.field(), messages.getMessage(w.messageKey(), w.arguments().toArray(), locale)))
			.toList();
		List<PlanTask> tasks = plan.tasks();
		return new PlanJson(plan.id(), plan.title(), plan.introduction(), plan.period().start(), plan.period().end(),
				plan.period().months(), plan.currency().getCurrencyCode(), plan.statusOn(today), plan.version(),
				plan.leadId(), plan.authorIds(), plan.submittedBy(), plan.submittedAt(), plan.approvedBy(),
				plan.approvedAt(), plan.closingSummary(), plan.closedBy(), plan.closedAt(), plan.copiedFrom(),
				servicePlans.readiness(plan.id()).ready(), warnings, counts(plan, today),
				plan.checkpoints().stream().map(CheckpointJson::of).toList(),
				plan.goals().stream().map(g -> GoalJson.of(g, tasks)).toList(),
				tasks.stream().map(t -> TaskJson.of(t, today)).toList());
	}

	PlanSummaryJson summary(Member member, ServicePlan plan) {
		LocalDate today = today(member);
		return new PlanSummaryJson(plan.id(), plan.title(), plan.period().start(), plan.period().end(),
				plan.statusOn(today), plan.leadId(), plan.version(), counts(plan, today));
	}

	private static Counts counts(ServicePlan plan, LocalDate today) {
		return new Counts(plan.checkpoints().size(), plan.goals().size(), plan.tasks().size(),
				(int) plan.tasks().stream().filter(t -> t.isOverdueOn(today)).count());
	}

	TaskJson task(Member member, PlanTask task) {
		return TaskJson.of(task, today(member));
	}

	ReadinessJson readiness(Readiness readiness, Locale locale) {
		return new ReadinessJson(readiness.ready(), readiness.parts().stream()
			.map(p -> new PartJson(p.name().name(), partTitle(p.name(), locale), p.mandatory(), p.present(),
					p.missing().stream().map(m -> missing(m, locale)).toList()))
			.toList());
	}

	String partTitle(Readiness.PartName part, Locale locale) {
		return messages.getMessage("plan.readiness.part." + part.name(), null, locale);
	}

	String missing(Readiness.Missing missing, Locale locale) {
		return messages.getMessage(missing.messageKey(),
				missing.subject() == null ? null : new Object[] { missing.subject() }, locale);
	}

	TemplateJson template(PlanTemplate t, Locale locale) {
		String name = t.builtIn() ? messages.getMessage("plan.template.standard", null, locale) : t.name();
		return new TemplateJson(t.key(), name, t.builtIn(), t.goals(), t.tasks(), t.checkpoints());
	}

	static Map<UUID, PlanTask> tasksById(ServicePlan plan) {
		return plan.tasks().stream().collect(Collectors.toMap(PlanTask::id, Function.identity()));
	}
}
