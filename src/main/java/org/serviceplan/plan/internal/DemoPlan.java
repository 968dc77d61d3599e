package org.serviceplan.plan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.account.Accounts;
import org.serviceplan.plan.Priority;
import org.serviceplan.plan.TaskKind;
import org.serviceplan.plan.TaskStatus;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the demo clinic's running service plan: started some months ago, approved by the owner through
 * the real lifecycle, with a closed checkpoint, one just passed with reports missing and one ahead. Built once,
 * when the clinic has no plan yet; all through {@link ServicePlans}, so every rule of a real plan holds.
 */
@Component
class DemoPlan {

	static final String CLINIC = "Клиника «Здоровье»";
	static final String TITLE = "Сервисный план клиники на год";

	private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

	private final boolean demo;
	private final Accounts accounts;
	private final Workspaces workspaces;
	private final ServicePlans plans;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DemoPlan(@Value("${serviceplan.demo:false}") boolean demo, Accounts accounts, Workspaces workspaces,
			ServicePlans plans, PlatformTransactionManager transactions, Clock clock) {
		this.demo = demo;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.plans = plans;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// After the start-up runners, so the demo clinic (loaded by the workspace module) exists.
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!demo) {
			return;
		}
		accounts.findByEmail(Demo.OWNER_EMAIL)
			.flatMap(owner -> workspaces.of(owner.id()).stream()
				.filter(w -> w.name().equals(CLINIC))
				.findFirst()
				.flatMap(w -> workspaces.membership(owner.id(), w.id())))
			.ifPresent(owner -> TenantContext.inWorkspace(owner.workspaceId(), () -> {
				if (plans.all().isEmpty()) {
					transaction.executeWithoutResult(status -> build(owner));
					log.info("Demo service plan loaded for {}", CLINIC);
				}
			}));
	}

	private void build(Member owner) {
		LocalDate today = LocalDate.now(clock.withZone(owner.timezone()));
		LocalDate start = today.withDayOfMonth(1).minusMonths(5);
		Map<String, UUID> people = new HashMap<>();
		for (PersonSummary person : workspaces.people()) {
			people.put(person.email(), person.id());
		}
		UUID lead = people.get("service@klinika.demo");
		UUID reception = people.get("reception@klinika.demo");
		UUID reception2 = people.get("reception2@klinika.demo");
		UUID director = people.get("director@klinika.demo");
		UUID doctor = people.get("doctor@klinika.demo");
		UUID nurse = people.get("nurse@klinika.demo");
		UUID callCentre = people.get("callcenter@klinika.demo");

		ServicePlan plan = plans.create(owner, TITLE, """
				Зачем этот план. По итогам опроса пациентов NPS клиники — 32: пациенты ценят врачей, но жалуются \
				на очереди у ресепшн, недозвон в регистратуру и на то, что о результатах анализов приходится \
				узнавать самим. Каждый пятый пациент не возвращается на повторный приём.

				Цель года — NPS 45 и удовлетворённость (CSAT) не ниже 4,6 из 5. Для этого:
				- единый стандарт приёма пациента и скрипты для ресепшн и колл-центра;
				- онлайн-запись с напоминаниями и карточка пациента в CRM с историей обращений;
				- регулярный сбор обратной связи и еженедельный разбор жалоб.

				Контроль — на каждой контрольной точке: ответственные сдают отчёты, ответственный за план \
				закрывает точку с выводами.""", new PlanPeriod(start, start.plusYears(1).minusDays(1)), lead,
				Set.of(director));
		UUID planId = plan.id();
		Checkpoint first = plans.addCheckpoint(planId, start.plusMonths(2), "Итоги первого этапа: стандарты и обучение");
		Checkpoint second = plans.addCheckpoint(planId, today.minusDays(7), "Промежуточный контроль: технологии");
		Checkpoint third = plans.addCheckpoint(planId, today.plusMonths(3), "Контроль перед итогами года");

		Goal loyalty = plans.addGoal(planId, "Поднять лояльность пациентов: NPS с 32 до 45",
				"Пациент рекомендует клинику, потому что его ждут, помнят и держат в курсе.");
		Goal waiting = plans.addGoal(planId, "Сократить ожидание и число жалоб вдвое",
				"Очередь у ресепшн — не дольше 5 минут, дозвон в регистратуру — с первого раза.");
		Goal feedback = plans.addGoal(planId, "Слышать пациента регулярно",
				"Обратная связь собирается после каждого визита и разбирается каждую неделю.");

		PlanTask standard = task(owner, planId, loyalty, "Персонал", "Обучить администраторов стандарту приёма пациента",
				reception, start, start.plusMonths(2).minusDays(1), TaskStatus.DONE, TaskKind.TRAINING,
				"Все администраторы прошли обучение и аттестацию не ниже 85 %", "Аттестация", "85",
				"Протокол аттестации и фото сертификатов к контрольной точке", "120000",
				"Собственный бюджет клиники", "Премия 10 % оклада каждому, кто сдал аттестацию с первого раза");
		PlanTask scripts = task(owner, planId, waiting, "Персонал", "Разработать скрипты телефонных разговоров для колл-центра",
				callCentre, start.plusMonths(1), start.plusMonths(3), TaskStatus.DONE,
				TaskKind.SCRIPTS_AND_REGULATIONS, "Скрипты записи, переноса и жалобы утверждены и используются",
				null, null, "Тексты скриптов и выборка из 20 прослушанных звонков", "40000", "Бюджет колл-центра",
				null);
		PlanTask doctors = task(owner, planId, loyalty, "Персонал", "Аттестация врачей по стандарту общения с пациентом",
				doctor, start.plusMonths(3), today.plusMonths(2), TaskStatus.IN_PROGRESS, TaskKind.TRAINING,
				"Все врачи терапии и стоматологии аттестованы", "Доля аттестованных врачей, %", "100",
				"Ежемесячно: список аттестованных и итоги тайного пациента", "60000", "Собственный бюджет клиники",
				null);
		PlanTask booking = task(owner, planId, waiting, "Технологии", "Запустить онлайн-запись с напоминаниями по SMS",
				reception2, start.plusMonths(1), today.plusMonths(1), TaskStatus.IN_PROGRESS,
				TaskKind.SOFTWARE_ROLLOUT, "Не меньше 30 % записей — онлайн, неявки снизились на треть",
				"Доля онлайн-записей, %", "30", "Отчёт из системы записи: доля онлайн-записей и неявок", "350000",
				"Инвестиции учредителя", null);
		PlanTask crm = task(owner, planId, loyalty, "Технологии", "Доработать CRM: карточка пациента с историей обращений",
				director, start.plusMonths(2), today.minusDays(10), TaskStatus.IN_PROGRESS,
				TaskKind.SOFTWARE_IMPROVEMENT, "Администратор видит все визиты, звонки и жалобы пациента в одной карточке",
				null, null, "Демонстрация карточки на планёрке, акт приёмки работ", "180000",
				"Собственный бюджет клиники", null);
		task(owner, planId, waiting, "Технологии", "Электронная очередь в зоне ожидания диагностики", nurse,
				today.plusMonths(1), today.plusMonths(5), TaskStatus.PLANNED, TaskKind.SOFTWARE_ROLLOUT,
				"Пациент видит на табло, когда его вызовут; ожидание у кабинета не дольше 10 минут",
				"Среднее ожидание, мин", "10", "Выгрузка времени ожидания из системы очереди", "250000",
				"Инвестиции учредителя", null);
		PlanTask survey = task(owner, planId, feedback, "Обратная связь", "Ежемесячный опрос NPS после визита",
				callCentre, start, start.plusYears(1).minusMonths(1), TaskStatus.IN_PROGRESS,
				TaskKind.FEEDBACK_COLLECTION, "Опрос после каждого визита, не меньше 300 ответов в месяц; NPS 45",
				"NPS", "45", "Ежемесячно: NPS, число ответов, главные причины недовольства", "30000",
				"Бюджет службы сервиса", "Премия колл-центру 30 000 ₽ при NPS 45 и выше по итогам года");
		PlanTask complaints = task(owner, planId, feedback, "Обратная связь", "Еженедельный разбор жалоб на планёрке",
				reception, start.plusMonths(1), start.plusYears(1).minusDays(1), TaskStatus.IN_PROGRESS,
				TaskKind.ANALYTICS, "Каждая жалоба разобрана за неделю, по повторяющимся — изменение в процессе",
				"Жалоб в месяц", "10", "Протокол планёрки раз в неделю", "0", null, null);
		task(owner, planId, feedback, "Обратная связь", "Достичь удовлетворённости CSAT 4,6 по итогам года", lead,
				today.plusMonths(2), start.plusYears(1).minusDays(1), TaskStatus.PLANNED,
				TaskKind.SATISFACTION_TARGET, "CSAT не ниже 4,6 из 5 по опросам последнего квартала", "CSAT", "4.6",
				"Итоговый отчёт с динамикой CSAT по месяцам", "0", null,
				"Премия службе сервиса 50 000 ₽ при достижении цели");

		plans.submit(owner, planId);
		plans.approve(owner, planId);

		report(planId, first, standard, 100, "Обучены и аттестованы 6 администраторов из 6, средний балл 91 %.", null,
				"Закрепить стандарт: ежемесячный тайный пациент.", "112000");
		report(planId, first, scripts, 60, "Готовы скрипты записи и переноса, скрипт работы с жалобой на согласовании.",
				"Скрипт жалобы задержан на две недели: юрист просит правки.", "Утвердить скрипт жалобы, обучить операторов.",
				"25000");
		report(planId, first, booking, 20, "Выбран сервис онлайн-записи, подписан договор.",
				"Интеграция с расписанием врачей сложнее, чем ожидали.", "Интеграция и пилот на терапии.", "90000");
		report(planId, first, crm, 10, "Составлено ТЗ на карточку пациента.", null, "Разработка подрядчиком.", "20000");
		report(planId, first, survey, 30, "Опрос запущен: 280 ответов за месяц, NPS 34.", null,
				"Добавить вопрос о причине оценки.", "5000");
		report(planId, first, complaints, 25, "Проведено 4 разбора, 11 жалоб разобраны.", null,
				"Вести реестр решений по жалобам.", null);
		plans.closeCheckpoint(owner, planId, first.id(), """
				Первый этап выполнен: стандарт приёма внедрён, администраторы аттестованы. Риск — интеграция \
				онлайн-записи: подрядчику дан срок до следующей точки. Скрипт жалобы утвердить за две недели.""");

		report(planId, second, scripts, 100, "Все три скрипта утверждены, операторы обучены; дозвон вырос с 71 % до 88 %.",
				null, "Ежемесячно прослушивать 20 звонков.", "38000");
		report(planId, second, booking, 55, "Онлайн-запись работает на терапии: 22 % записей онлайн, неявки −18 %.",
				"Стоматология подключится на месяц позже: нет расписания в системе.", "Подключить стоматологию и SMS-напоминания.",
				"240000");
		report(planId, second, survey, 55, "NPS вырос до 39, 320 ответов в месяц.", null,
				"Разобрать комментарии критиков с врачами.", "14000");
		report(planId, second, complaints, 50, "Жалоб стало 14 в месяц вместо 23; три изменения в процессе записи.",
				null, "Продолжить еженедельные разборы.", null);
		// The doctors' attestation and the CRM have not reported at this checkpoint yet: the lead sees them missing.
	}

	private PlanTask task(Member owner, UUID planId, Goal goal, String block, String title, UUID responsible,
			LocalDate start, LocalDate due, TaskStatus status, TaskKind kind, String result, String metric,
			String target, String reporting, String budget, String source, String reward) {
		return plans.addTask(owner, planId, new TaskDetails(goal.id(), block, title, null, responsible, Set.of(), start,
				due, result, metric, target == null ? null : new BigDecimal(target), reporting, new BigDecimal(budget),
				null, source, reward, status, Priority.MEDIUM, kind));
	}

	/** A report filed by the task's responsible person, as they would on the checkpoint page. */
	private void report(UUID planId, Checkpoint checkpoint, PlanTask task, int progress, String result,
			String deviation, String nextSteps, String spent) {
		Member author = workspaces.people().stream()
			.filter(p -> p.id().equals(task.responsibleId()))
			.findFirst()
			.flatMap(p -> accounts.findByEmail(p.email()))
			.flatMap(a -> workspaces.membership(a.id(), TenantContext.currentWorkspace().orElseThrow()))
			.orElseThrow();
		plans.fileReport(author, planId, checkpoint.id(), task.id(), new CheckpointReport.ReportDetails(progress, result,
				deviation, nextSteps, spent == null ? null : new BigDecimal(spent)), null);
	}
}
