package org.serviceplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
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
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With SMTP configured, plan changes go out by mail in each person's language, unless they turned it off. */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class PlanChangeMailTest {

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

	@Test
	void theNewResponsibleGetsARussianMailWithTheTaskLinkAndTheLeadAnEnglishOne() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Почта " + UUID.randomUUID());
		UUID anna = clinic.personOf(companies, clinic.anna());
		TenantContext.inWorkspace(clinic.company().id(),
				() -> inbox.choose(anna, NotificationKind.PLAN_CHANGED, false, false));
		accounts.speak(clinic.lead().accountId(), Locale.ENGLISH);
		String veraEmail = accounts.get(clinic.vera().accountId()).email();
		String leadEmail = accounts.get(clinic.lead().accountId()).email();

		smtp.purgeEmailFromAllMailboxes(); // the invitations that brought the people in

		clinic.ownerHandsAnnasTaskToVera(companies, plans);

		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		Thread.sleep(500); // a third mail (to Anna, who turned mail off) would have arrived by now
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
			.containsExactlyInAnyOrder(veraEmail, leadEmail);
		String link = "http://localhost:8080/w/" + clinic.company().id() + "/plans/" + clinic.planId() + "/tasks/"
				+ clinic.annasTask();

		MimeMessage toVera = Arrays.stream(received)
			.filter(m -> to(m).equals(veraEmail)).findFirst().orElseThrow();
		assertThat(toVera.getSubject()).isEqualTo("Изменения в плане «Сервисный план клиники» — ServicePlan");
		String text = text(toVera, "text/plain");
		assertThat(text).contains("Здравствуйте, Сотрудник EMPLOYEE!",
				"План «Сервисный план клиники» изменён. Автор изменений: " + clinic.owner().name(),
				"- Обучить администраторов скриптам — Срок: ", "Открыть в ServicePlan: " + link,
				"http://localhost:8080/w/" + clinic.company().id() + "/inbox");
		assertThat(text(toVera, "text/html")).contains("href=\"" + link + "\"", "Ответственный");

		MimeMessage toLead = Arrays.stream(received)
			.filter(m -> to(m).equals(leadEmail)).findFirst().orElseThrow();
		assertThat(toLead.getSubject()).isEqualTo("Changes in plan “Сервисный план клиники” — ServicePlan");
		assertThat(text(toLead, "text/plain")).contains("Hello, Сотрудник SERVICE_HEAD!", "— Due date: ", link);
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
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
