package org.serviceplan.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.serviceplan.notification.NotificationKind;
import org.serviceplan.plan.PlanCalendar;
import org.serviceplan.plan.PlanCalendar.Kind;
import org.serviceplan.plan.PlanCalendar.PlanDate;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of the plans' dates (seed 000: "control at every checkpoint, or the plan is forgotten"): a
 * checkpoint in 7 days and tomorrow, a report owed after its checkpoint, a task overdue. Each workspace is
 * judged by its own day, from {@code serviceplan.reminders.send-from} (08:00) of its timezone on, so people
 * get them in the morning. The job runs on one instance at a time (ShedLock), and every reminder is written
 * to the sent-log before its notification, so neither a rerun nor a second instance sends it twice.
 */
@Component
public class Reminders {

	static final String LOCK = "reminders";

	private final PlanCalendar calendar;
	private final Workspaces workspaces;
	private final Inbox inbox;
	private final ReminderLog log;
	private final NotificationTexts texts;
	private final NotificationMail mail;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final LocalTime sendFrom;

	Reminders(PlanCalendar calendar, Workspaces workspaces, Inbox inbox, ReminderLog log, NotificationTexts texts,
			NotificationMail mail, PlatformTransactionManager transactions, Clock clock,
			@Value("${serviceplan.reminders.send-from:08:00}") LocalTime sendFrom) {
		this.calendar = calendar;
		this.workspaces = workspaces;
		this.inbox = inbox;
		this.log = log;
		this.texts = texts;
		this.mail = mail;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.sendFrom = sendFrom;
	}

	@Scheduled(cron = "${serviceplan.reminders.cron:0 0 * * * *}")
	@SchedulerLock(name = LOCK)
	public void remind() {
		remindAt(clock.instant());
	}

	/**
	 * Sends what is due at {@code now} in every workspace where it is past the morning hour; public so that
	 * tests and operators can run it at a moment of their choosing (it takes the same lock).
	 *
	 * Returns at once, sending nothing, while another instance holds the lock.
	 */
	@SchedulerLock(name = LOCK)
	public void remindAt(Instant now) {
		Map<UUID, ZoneId> zones = TenantContext.asRoot(() -> transaction.execute(status -> workspaces.timezones()));
		zones.forEach((workspace, zone) -> remind(workspace, zone, now));
	}

	/** The same for one workspace (taking the same lock). */
	@SchedulerLock(name = LOCK)
	public void remindIn(UUID workspaceId, Instant now) {
		ZoneId zone = TenantContext.asRoot(() -> transaction.execute(status -> workspaces.timezones()))
			.get(workspaceId);
		if (zone != null) {
			remind(workspaceId, zone, now);
		}
	}

	private void remind(UUID workspaceId, ZoneId zone, Instant now) {
		ZonedDateTime local = now.atZone(zone);
		if (local.toLocalTime().isBefore(sendFrom)) {
			return;
		}
		TenantContext.inWorkspace(workspaceId, () -> sendDue(local.toLocalDate(), now));
	}

	private void sendDue(LocalDate today, Instant now) {
		List<PlanDate> dates = transaction.execute(status -> calendar.dates());
		List<Notification> delivered = new ArrayList<>();
		for (Reminder reminder : due(dates, today)) {
			for (UUID recipient : reminder.recipients()) {
				Notification notification = new Notification(recipient, reminder.kind(), null, reminder.titleKey(),
						texts.write(reminder.titleArgs()), "[]", reminder.date().link(), now);
				try {
					transaction.executeWithoutResult(status -> {
						log.record(reminder.kind(), reminder.subjectId(), recipient, reminder.occasion(), now);
						inbox.deliver(List.of(notification));
					});
					delivered.add(notification);
				}
				catch (DataIntegrityViolationException alreadySent) {
					// sent before, by this instance or another: the sent-log said so
				}
			}
		}
		mail.send(delivered);
	}

	record Reminder(NotificationKind kind, UUID subjectId, String occasion, PlanDate date, Set<UUID> recipients,
			String titleKey, List<String> titleArgs) {
	}

	static List<Reminder> due(List<PlanDate> dates, LocalDate today) {
		List<Reminder> due = new ArrayList<>();
		for (PlanDate d : dates) {
			if (!d.open()) {
				continue;
			}
			if (d.kind() == Kind.CHECKPOINT) {
				long days = today.until(d.date(), java.time.temporal.ChronoUnit.DAYS);
				if (days == 7 || days == 1) {
					Set<UUID> to = new LinkedHashSet<>();
					if (d.leadId() != null) {
						to.add(d.leadId());
					}
					to.addAll(d.owing());
					due.add(new Reminder(NotificationKind.CHECKPOINT_SOON, d.subjectId(), days + "d:" + d.date(), d, to,
							days == 7 ? "notification.reminder.checkpointInWeek" : "notification.reminder.checkpointTomorrow",
							List.of(d.title(), d.planTitle(), d.date().toString())));
				}
			}
			else if (d.kind() == Kind.REPORT_DUE && d.date().isBefore(today)) {
				due.add(new Reminder(NotificationKind.REPORT_OWED, d.subjectId(), d.checkpointId().toString(), d,
						d.owing(), "notification.reminder.reportOwed",
						List.of(d.title(), d.checkpointTitle(), d.planTitle(), d.date().toString())));
			}
			else if (d.kind() == Kind.TASK_DUE && d.date().isBefore(today)) {
				Set<UUID> to = new LinkedHashSet<>(d.owing());
				if (d.leadId() != null) {
					to.add(d.leadId());
				}
				due.add(new Reminder(NotificationKind.TASK_OVERDUE, d.subjectId(), d.date().toString(), d, to,
						"notification.reminder.taskOverdue", List.of(d.title(), d.planTitle(), d.date().toString())));
			}
		}
		return due;
	}
}
