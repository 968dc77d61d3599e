package org.serviceplan.notification.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.notification.NotificationKind;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, people who chose a digest get one mail with their unread notifications that have not been
 * mailed yet ({@code serviceplan.notifications.digest-cron}, server time). Each notification is taken
 * (its {@code mailed_at} set) before the mail goes out, so a restart or a second instance does not send it
 * twice; a mail that fails gives them back for the next run.
 */
@Component
class NotificationDigest {

	private final Inbox inbox;
	private final NotificationMail mail;
	private final TransactionTemplate transaction;

	NotificationDigest(Inbox inbox, NotificationMail mail, PlatformTransactionManager transactions) {
		this.inbox = inbox;
		this.mail = mail;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${serviceplan.notifications.digest-cron:0 0 7 * * *}")
	void sendDigests() {
		if (!mail.canSend()) {
			return;
		}
		// the subscriptions of every workspace: the only read here that crosses workspaces
		List<NotificationPreference> subscriptions = TenantContext
			.asRoot(() -> transaction.execute(status -> inbox.digestSubscriptions()));
		record Reader(UUID workspaceId, UUID personId) {
		}
		Map<Reader, Set<NotificationKind>> kinds = subscriptions.stream()
			.collect(Collectors.groupingBy(p -> new Reader(p.workspaceId(), p.personId()),
					Collectors.mapping(NotificationPreference::kind, Collectors.toSet())));
		kinds.forEach((reader, wanted) -> TenantContext.inWorkspace(reader.workspaceId(), () -> {
			List<Notification> taken = transaction.execute(status -> inbox.claimForDigest(reader.personId(), wanted));
			if (!taken.isEmpty() && !mail.sendDigest(taken)) {
				transaction.executeWithoutResult(status -> inbox.release(taken.stream().map(Notification::id).toList()));
			}
		}));
	}
}
