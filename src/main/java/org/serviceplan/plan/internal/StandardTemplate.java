package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.util.List;

import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.internal.TemplateContent.CheckpointDraft;
import org.serviceplan.plan.internal.TemplateContent.GoalDraft;
import org.serviceplan.plan.internal.TemplateContent.TaskDraft;

/**
 * The built-in template: a one-year plan with quarterly checkpoints and the typical actions of seed 000 in
 * blocks. Budgets are left empty on purpose: the readiness checklist then asks for each one.
 */
final class StandardTemplate {

	static final String KEY = "standard";

	private StandardTemplate() {
	}

	static TemplateContent content() {
		return new TemplateContent("""
				Зачем компании этот план: клиенты ожидают больше, чем получают сейчас, и уходят к конкурентам. \
				План переводит результаты диагностики (карта пути клиента, барьеры, NPS/CSAT) в конкретные задачи \
				с ответственными, сроками, бюджетом и контролем.

				- Цель: повысить лояльность клиентов и долю повторных обращений.
				- Принцип: на каждую задачу один ответственный, на каждый квартал контрольная точка.""", 12,
				List.of(new GoalDraft("Повысить удовлетворённость и лояльность клиентов",
						"Целевые значения NPS и CSAT к концу периода", List.of(
								task("Обратная связь", "Наладить регулярный сбор обратной связи", TaskKind.FEEDBACK_COLLECTION,
										"Опрос после каждого визита, не менее 30% ответов", "Доля ответивших, %", "30",
										"Ежемесячный отчёт: число ответов, NPS, главные жалобы", 0, 60, Priority.HIGH),
								task("Обратная связь", "Достичь целевого уровня удовлетворённости", TaskKind.SATISFACTION_TARGET,
										"CSAT не ниже целевого значения к концу года", "CSAT, %", "85",
										"Ежеквартальный отчёт с динамикой CSAT", 60, 300, Priority.HIGH))),
						new GoalDraft("Подготовить персонал и стандарты обслуживания", null, List.of(
								task("Стандарты", "Разработать скрипты и регламенты обслуживания",
										TaskKind.SCRIPTS_AND_REGULATIONS, "Утверждённый стандарт и скрипты для каждой должности",
										null, null, "Проект стандарта на согласование, затем отчёт о внедрении", 0, 90,
										Priority.HIGH),
								task("Персонал", "Обучить персонал стандартам сервиса", TaskKind.TRAINING,
										"Все сотрудники первой линии прошли обучение и аттестацию", "Прошли аттестацию, %", "100",
										"Отчёт о тренингах и результатах аттестации раз в квартал", 90, 90, Priority.MEDIUM),
								task("Внутренний сервис", "Улучшить внутренний сервис между подразделениями",
										TaskKind.INTERNAL_SERVICE, "Сроки передачи задач между отделами сокращены вдвое", null, null,
										"Ежеквартальный отчёт руководителя сервиса", 120, 150, Priority.LOW))),
						new GoalDraft("Развить технологии обслуживания", null, List.of(
								task("Технологии", "Внедрить CRM и новые инструменты коммуникации", TaskKind.SOFTWARE_ROLLOUT,
										"Все обращения клиентов фиксируются в CRM", "Обращений в CRM, %", "100",
										"Отчёт о ходе внедрения раз в месяц", 30, 150, Priority.HIGH),
								task("Технологии", "Доработать сайт и онлайн-запись", TaskKind.SOFTWARE_IMPROVEMENT,
										"Клиент записывается онлайн за 2 минуты", null, null, "Отчёт разработчика по этапам",
										150, 120, Priority.MEDIUM),
								task("Аналитика", "Настроить аналитику клиентского опыта", TaskKind.ANALYTICS,
										"Панель с NPS, CSAT, оттоком и LTV обновляется ежемесячно", null, null,
										"Ежемесячная панель показателей", 60, 90, Priority.MEDIUM),
								task("Новые подразделения", "Открыть колл-центр", TaskKind.NEW_UNIT,
										"Колл-центр принимает не менее 95% звонков", "Принятые звонки, %", "95",
										"Отчёт о наборе и обучении операторов, затем еженедельная статистика звонков", 180, 150,
										Priority.LOW)))),
				List.of(new CheckpointDraft(89, "Итоги I квартала"), new CheckpointDraft(180, "Итоги II квартала"),
						new CheckpointDraft(272, "Итоги III квартала"), new CheckpointDraft(350, "Итоги года")));
	}

	private static TaskDraft task(String block, String title, TaskKind kind, String result, String metric, String target,
			String reporting, int startDay, int durationDays, Priority priority) {
		return new TaskDraft(block, title, null, kind, result, metric, target == null ? null : new BigDecimal(target),
				reporting, null, null, null, priority, startDay, durationDays);
	}
}
