package org.serviceplan.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.notification.NotificationKind;
import org.serviceplan.plan.PlanChanged;
import org.serviceplan.plan.PlanChanged.TaskChange;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.Contact;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the people of an approved plan what changed in their tasks: each responsible person gets one
 * notification with the changes of their own tasks, the lead one with all changes; the editor none.
 */
@Component
class PlanChangeListener {

	static final String TITLE_KEY = "notification.planChanged.title";

	private final Inbox inbox;
	private final NotificationTexts texts;
	private final NotificationMail mail;
	private final Workspaces workspaces;
	private final TransactionTemplate transaction;
	private final Clock clock;

	PlanChangeListener(Inbox inbox, NotificationTexts texts, NotificationMail mail,
			Workspaces workspaces, PlatformTransactionManager transactions, Clock clock) {
		this.inbox = inbox;
		this.texts = texts;
		this.mail = mail;
		this.workspaces = workspaces;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// Runs after the edit committed, on another thread, with the publication registry retrying it on failure.
	// No transaction around the method: a session takes its workspace when it opens, so the workspace is
	// entered first and the transaction opened inside.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PlanChanged event) {
		TenantContext.inWorkspace(event.workspaceId(), () -> {
			List<Notification> delivered = transaction.execute(status -> inbox.deliver(notifications(event)));
			mail.send(delivered);
		});
	}

	List<Notification> notifications(PlanChanged event) {
		String editor = event.changedBy() == null ? ""
				: workspaces.contact(event.changedBy()).map(Contact::name).orElse("");
		return event.recipients().stream()
			.filter(recipient -> !recipient.equals(event.changedBy()))
			.sorted()
			.map(recipient -> {
				List<TaskChange> theirs = recipient.equals(event.leadId()) ? event.changes()
						: event.changes().stream()
							.filter(c -> event.peopleByTask().getOrDefault(c.taskId(), Set.of()).contains(recipient))
							.toList();
				if (theirs.isEmpty()) {
					return null;
				}
				List<Entry> entries = theirs.stream()
					.map(c -> new Entry(c.taskId(), c.taskTitle(), c.field(), c.before(), c.after()))
					.toList();
				return new Notification(recipient, NotificationKind.PLAN_CHANGED, event.changedBy(), TITLE_KEY,
						texts.write(List.of(event.planTitle(), editor)), texts.write(entries), link(event, theirs),
						clock.instant());
			})
			.filter(Objects::nonNull)
			.toList();
	}

	/** The task page when all of it is about one task that still exists, else the plan. */
	private static String link(PlanChanged event, List<TaskChange> changes) {
		String plan = "/w/" + event.workspaceId() + "/plans/" + event.planId();
		List<UUID> tasks = changes.stream().map(TaskChange::taskId).filter(Objects::nonNull).distinct().toList();
		boolean removed = changes.stream().anyMatch(c -> c.field().equals("removed"));
		return tasks.size() == 1 && !removed ? plan + "/tasks/" + tasks.get(0) : plan;
	}
}
