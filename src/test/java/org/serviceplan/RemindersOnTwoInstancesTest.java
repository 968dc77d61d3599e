package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.notification.ApprovedPlan;
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.notification.internal.Reminders;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.internal.JpaWorkspaces;
import org.serviceplan.workspace.internal.Staffing;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on one PostgreSQL run the reminder job at the same moment: each reminder reaches
 * each person once, in the inbox and by mail (ShedLock lets one instance run it, the sent-log stops a rerun).
 */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class RemindersOnTwoInstancesTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static ConfigurableApplicationContext a;
	static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstances() {
		TestDatabase.Settings db = TestDatabase.postgresql();
		FreshSchema.wipeOnce(Flyway.configure().dataSource(db.url(), db.user(), db.password()).cleanDisabled(false).load());
		a = start("a", db);
		b = start("b", db);
	}

	@AfterAll
	static void stop() {
		for (var instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void bothInstancesRunTheJobAtOnceAndEachPersonIsRemindedOnce() throws Exception {
		var companies = new TestCompanies(a.getBean(Accounts.class), a.getBean(JpaWorkspaces.class),
				a.getBean(Staffing.class));
		var clinic = ApprovedPlan.build(companies, a.getBean(ServicePlans.class), "Клиника Два Сервера " + UUID.randomUUID());
		UUID ws = clinic.company().id();
		ZoneId zone = clinic.owner().timezone();
		var first = TenantContext.inWorkspace(ws,
				() -> a.getBean(ServicePlans.class).plan(clinic.planId()).checkpoints().get(0).date());
		// a week before the first checkpoint: the lead, Anna and Boris hear of it, both tasks are overdue
		Instant weekBefore = first.minusDays(7).atTime(12, 0).atZone(zone).toInstant();
		smtp.purgeEmailFromAllMailboxes();

		for (int round = 0; round < 3; round++) {
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Void>> runs = new ArrayList<>();
			for (var instance : List.of(a, b)) {
				runs.add(CompletableFuture.runAsync(() -> {
					await(together);
					instance.getBean(Reminders.class).remindAt(weekBefore);
				}));
			}
			CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}

		Inbox inbox = b.getBean(Inbox.class);
		assertThat(kinds(inbox, companies, clinic, clinic.lead())).containsExactlyInAnyOrder("CHECKPOINT_SOON",
				"TASK_OVERDUE", "TASK_OVERDUE");
		assertThat(kinds(inbox, companies, clinic, clinic.anna())).containsExactlyInAnyOrder("CHECKPOINT_SOON",
				"TASK_OVERDUE");
		assertThat(kinds(inbox, companies, clinic, clinic.boris())).containsExactlyInAnyOrder("CHECKPOINT_SOON",
				"TASK_OVERDUE");

		assertThat(smtp.waitForIncomingEmail(10_000, 7)).isTrue();
		Thread.sleep(1_000); // a second copy from the other instance would have come by now
		Accounts accounts = a.getBean(Accounts.class);
		String lead = accounts.get(clinic.lead().accountId()).email();
		String anna = accounts.get(clinic.anna().accountId()).email();
		String boris = accounts.get(clinic.boris().accountId()).email();
		String vera = accounts.get(clinic.vera().accountId()).email();
		String owner = accounts.get(clinic.owner().accountId()).email();
		// the job covers every workspace: other tests' companies in this database get theirs too
		List<String> to = new ArrayList<>();
		for (var mail : smtp.getReceivedMessages()) {
			String recipient = mail.getRecipients(Message.RecipientType.TO)[0].toString();
			if (List.of(lead, anna, boris, vera, owner).contains(recipient)) {
				to.add(recipient);
			}
		}
		assertThat(to).containsExactlyInAnyOrder(lead, lead, lead, anna, anna, boris, boris);
	}

	private static List<String> kinds(Inbox inbox, TestCompanies companies, ApprovedPlan clinic, CurrentUser user) {
		UUID person = clinic.personOf(companies, user);
		return TenantContext.inWorkspace(clinic.company().id(),
				() -> inbox.of(person, false, 0, 100).stream().map(n -> n.kind().name()).toList());
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static ConfigurableApplicationContext start(String name, TestDatabase.Settings db) {
		// the job runs only when the test says so; mail goes to GreenMail
		return new SpringApplicationBuilder(ServicePlanApplication.class).profiles("postgres")
			.run("--server.port=0", "--serviceplan.demo=false", "--spring.main.banner-mode=off",
					"--server.tomcat.basedir=target/tomcat-reminders-" + name, "--DATABASE_URL=" + db.url(),
					"--DATABASE_USER=" + db.user(), "--DATABASE_PASSWORD=" + db.password(),
					"--serviceplan.reminders.cron=-", "--spring.mail.host=localhost",
					"--spring.mail.port=" + ServerSetupTest.SMTP.getPort());
	}
}
