package org.serviceplan.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.Accounts;
import org.serviceplan.notification.ApprovedPlan;
import org.serviceplan.notification.NotificationKind;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Someone who chose a daily digest gets no mail per change, but one a day with what is still unread. */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class DigestMailTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Inbox inbox;
	@Autowired
	Accounts accounts;
	@Autowired
	NotificationDigest digest;

	@Test
	void aDigestReaderGetsOneMailWithTheUnreadChangesOnce() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Сводка " + UUID.randomUUID());
		UUID anna = clinic.personOf(companies, clinic.anna());
		UUID vera = clinic.personOf(companies, clinic.vera());
		TenantContext.inWorkspace(clinic.company().id(),
				() -> inbox.choose(anna, NotificationKind.PLAN_CHANGED, true, true));
		String annaEmail = accounts.get(clinic.anna().accountId()).email();
		smtp.purgeEmailFromAllMailboxes();

		clinic.ownerHandsAnnasTaskToVera(companies, plans);
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue(); // Vera and the lead, at once
		await().atMost(Duration.ofSeconds(5)).until(() -> TenantContext.inWorkspace(clinic.company().id(),
				() -> inbox.unreadCount(anna) == 1 && inbox.unreadCount(vera) == 1));
		assertThat(smtp.getReceivedMessagesForDomain(annaEmail)).isEmpty();

		digest.sendDigests();

		MimeMessage[] toAnna = smtp.getReceivedMessagesForDomain(annaEmail);
		assertThat(toAnna).hasSize(1);
		assertThat(toAnna[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(annaEmail);
		assertThat(toAnna[0].getSubject()).isEqualTo("Непрочитанные уведомления: 1 — ServicePlan");
		assertThat(text(toAnna[0], "text/plain")).contains("Здравствуйте, Сотрудник EMPLOYEE!",
				"Что изменилось и ещё не прочитано:", "- Обучить администраторов скриптам — Срок: ",
				"Открыть в ServicePlan: http://localhost:8080/w/" + clinic.company().id() + "/plans/" + clinic.planId()
						+ "/tasks/" + clinic.annasTask());

		digest.sendDigests();
		assertThat(smtp.getReceivedMessagesForDomain(annaEmail)).as("nothing new: no second digest").hasSize(1);
	}

	/** The first part of that type, however deep in the multipart tree. */
	private static String text(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
