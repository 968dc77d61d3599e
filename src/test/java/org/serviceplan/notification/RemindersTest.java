package org.serviceplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.notification.internal.NotificationTexts;
import org.serviceplan.notification.internal.Reminders;
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.CheckpointReport.ReportDetails;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminders at chosen moments of a plan's life: a week and a day before a checkpoint, tasks overdue, a report
 * owed after the checkpoint; each once, however often the job runs, and by mail where SMTP is set up.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class RemindersTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Reminders reminders;
	@Autowired
	Inbox inbox;
	@Autowired
	NotificationTexts texts;
	@Autowired
	Accounts accounts;

	@Test
	void remindsAWeekAndADayBeforeACheckpointOfOverdueTasksAndOfOwedReportsEachOnce() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Напоминания " + UUID.randomUUID());
		UUID ws = clinic.company().id();
		ZoneId zone = clinic.owner().timezone();
		Checkpoint first = TenantContext.inWorkspace(ws, () -> plans.plan(clinic.planId()).checkpoints().get(0));
		String date = first.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		// Anna reports early: at the first checkpoint she owes nothing, Boris does
		TenantContext.inWorkspace(ws, () -> plans.fileReport(companies.member(ws, clinic.anna()), clinic.planId(),
				first.id(), clinic.annasTask(), new ReportDetails(50, "Обучена половина администраторов", null, null,
						null), null));
		smtp.purgeEmailFromAllMailboxes();

		Instant weekBefore = noon(first.date().minusDays(7), zone);
		reminders.remindIn(ws, weekBefore);

		// by then both tasks are overdue too (they end six weeks before the checkpoint)
		assertThat(kinds(clinic, clinic.lead())).containsExactlyInAnyOrder("CHECKPOINT_SOON", "TASK_OVERDUE",
				"TASK_OVERDUE");
		assertThat(kinds(clinic, clinic.anna())).containsExactly("TASK_OVERDUE");
		assertThat(kinds(clinic, clinic.boris())).containsExactlyInAnyOrder("CHECKPOINT_SOON", "TASK_OVERDUE");
		assertThat(kinds(clinic, clinic.vera())).isEmpty();
		assertThat(titles(clinic, clinic.boris())).contains(
				"Через неделю контрольная точка «Итоги I квартала» плана «Сервисный план клиники» (" + date + ")");

		assertThat(smtp.waitForIncomingEmail(10_000, 6)).isTrue();
		String borisEmail = accounts.get(clinic.boris().accountId()).email();
		MimeMessage toBoris = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> to(m).equals(borisEmail) && subject(m).startsWith("Через неделю"))
			.findFirst()
			.orElseThrow();
		assertThat(text(toBoris)).contains("Здравствуйте, Сотрудник EMPLOYEE!",
				"/w/" + ws + "/plans/" + clinic.planId() + "/checkpoints/" + first.id());

		// again, an hour later, on another day of the same due date: nothing new
		reminders.remindIn(ws, weekBefore);
		reminders.remindIn(ws, weekBefore.plusSeconds(3600));
		reminders.remindIn(ws, noon(first.date().minusDays(5), zone));
		assertThat(kinds(clinic, clinic.lead())).hasSize(3);
		assertThat(kinds(clinic, clinic.boris())).hasSize(2);
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessages()).hasSize(6);

		// before the morning hour of the workspace nothing goes out, from 08:00 it does
		Instant dayBefore = noon(first.date().minusDays(1), zone);
		reminders.remindIn(ws, first.date().minusDays(1).atTime(LocalTime.of(7, 30)).atZone(zone).toInstant());
		assertThat(kinds(clinic, clinic.boris())).hasSize(2);
		reminders.remindIn(ws, dayBefore);
		assertThat(kinds(clinic, clinic.lead())).containsExactlyInAnyOrder("CHECKPOINT_SOON", "CHECKPOINT_SOON",
				"TASK_OVERDUE", "TASK_OVERDUE");
		assertThat(titles(clinic, clinic.boris())).contains(
				"Завтра контрольная точка «Итоги I квартала» плана «Сервисный план клиники» (" + date + ")");
		assertThat(kinds(clinic, clinic.anna())).containsExactly("TASK_OVERDUE");

		reminders.remindIn(ws, noon(first.date().plusDays(1), zone));
		reminders.remindIn(ws, noon(first.date().plusDays(2), zone));
		assertThat(kinds(clinic, clinic.boris())).containsExactlyInAnyOrder("CHECKPOINT_SOON", "CHECKPOINT_SOON",
				"TASK_OVERDUE", "REPORT_OWED");
		assertThat(titles(clinic, clinic.boris())).contains("Не сдан отчёт по задаче «Запустить опрос NPS» к "
				+ "контрольной точке «Итоги I квартала» плана «Сервисный план клиники» (" + date + ")");
		assertThat(kinds(clinic, clinic.anna())).containsExactly("TASK_OVERDUE");
		assertThat(kinds(clinic, clinic.lead())).hasSize(4);
	}

	@Test
	void theNewKindsAreAmongThePreferencesAndMailCanBeTurnedOff() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Настройки " + UUID.randomUUID());
		UUID ws = clinic.company().id();
		UUID anna = clinic.personOf(companies, clinic.anna());
		assertThat(TenantContext.inWorkspace(ws, () -> inbox.preferences(anna)))
			.extracting(p -> p.kind().name())
			.contains("CHECKPOINT_SOON", "REPORT_OWED", "TASK_OVERDUE");
		TenantContext.inWorkspace(ws, () -> inbox.choose(anna, NotificationKind.TASK_OVERDUE, false, false));
		accounts.speak(clinic.boris().accountId(), Locale.ENGLISH);
		LocalDate due = TenantContext.inWorkspace(ws, () -> plans.plan(clinic.planId()).task(clinic.annasTask()).dueDate());
		smtp.purgeEmailFromAllMailboxes();

		reminders.remindIn(ws, noon(due.plusDays(1), clinic.owner().timezone()));

		assertThat(kinds(clinic, clinic.anna())).containsExactly("TASK_OVERDUE");
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue(); // the lead's and Boris's
		Thread.sleep(500);
		String annaEmail = accounts.get(clinic.anna().accountId()).email();
		String borisEmail = accounts.get(clinic.boris().accountId()).email();
		assertThat(smtp.getReceivedMessages()).extracting(RemindersTest::to).doesNotContain(annaEmail).contains(borisEmail);
		MimeMessage toBoris = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(borisEmail))
			.findFirst().orElseThrow();
		assertThat(subject(toBoris)).startsWith("Task “Запустить опрос NPS” of plan “Сервисный план клиники” is overdue");
	}

	private static Instant noon(LocalDate day, ZoneId zone) {
		return day.atTime(12, 0).atZone(zone).toInstant();
	}

	private List<String> kinds(ApprovedPlan clinic, CurrentUser user) {
		UUID person = clinic.personOf(companies, user);
		return TenantContext.inWorkspace(clinic.company().id(),
				() -> inbox.of(person, false, 0, 100).stream().map(n -> n.kind().name()).toList());
	}

	private List<String> titles(ApprovedPlan clinic, CurrentUser user) {
		UUID person = clinic.personOf(companies, user);
		return TenantContext.inWorkspace(clinic.company().id(), () -> inbox.of(person, false, 0, 100)
			.stream()
			.map(n -> texts.view(n, Locale.forLanguageTag("ru")).title())
			.toList());
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The plain text part, however deep in the multipart tree. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
