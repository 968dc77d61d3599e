package org.serviceplan.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.account.Accounts;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.PlanTaskIntake.OriginTask;
import org.serviceplan.session.SessionResults.RankedIdea;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic has one finished strategic session whose winners became tasks of its running plan. */
@SpringBootTest(properties = { "serviceplan.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo-session;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class DemoSessionTest {

	@Autowired
	Accounts accounts;
	@Autowired
	Workspaces workspaces;
	@Autowired
	StrategicSessions sessions;
	@Autowired
	PlanTaskIntake intake;

	@Test
	void theDemoClinicHasAFinishedSessionWhoseWinnersAreTasksOfItsPlan() {
		var owner = accounts.findByEmail(Demo.OWNER_EMAIL).orElseThrow();
		UUID clinic = workspaces.of(owner.id()).stream().filter(w -> w.name().equals("Клиника «Здоровье»")).findFirst()
			.orElseThrow().id();
		TenantContext.inWorkspace(clinic, () -> {
			assertThat(sessions.all()).hasSize(1);
			var session = sessions.all().get(0);
			assertThat(session.title()).isEqualTo("Стратегическая сессия: визит пациента");
			assertThat(session.status()).isEqualTo(SessionStatus.CLOSED);
			assertThat(session.voting()).isEqualTo(VotingState.CLOSED);
			assertThat(session.resultsRevealed()).isTrue();
			assertThat(sessions.participants(session.id())).hasSize(6)
				.anySatisfy(p -> assertThat(p.name()).isEqualTo("Мария, пациентка"));
			assertThat(sessions.ideas(session.id())).hasSize(12);
			assertThat(sessions.ideas(session.id())).filteredOn(i -> i.painId() != null).hasSizeGreaterThanOrEqualTo(6);

			SessionResults results = sessions.results(session.id());
			RankedIdea quickWin = results.of(Nomination.QUICK_WIN).ideas().get(0);
			assertThat(quickWin.text()).isEqualTo("Сообщать пациенту, если врач задерживается больше 10 минут");
			assertThat(quickWin.points()).isEqualTo(11);
			assertThat(quickWin.voters()).isEqualTo(4);
			RankedIdea important = results.of(Nomination.IMPORTANT).ideas().get(0);
			assertThat(important.text()).isEqualTo("Связать расписание на сайте с МИС, чтобы окна совпадали");
			assertThat(important.points()).isEqualTo(10);

			assertThat(intake.tasksFromSession(session.id())).extracting(OriginTask::taskTitle).containsExactly(
					"Сообщать пациенту, если врач задерживается больше 10 минут",
					"Присылать договор и согласие на подпись в мессенджер до визита",
					"Перезванивать всем пропущенным в часы пик в течение 15 минут",
					"Связать расписание на сайте с МИС, чтобы окна совпадали");
			assertThat(intake.tasksFromSession(session.id())).extracting(OriginTask::block)
				.containsExactly("Быстрые победы", "Быстрые победы", "Быстрые победы", "Важные результаты");
			assertThat(intake.tasksFromSession(session.id())).allSatisfy(task -> {
				assertThat(task.planTitle()).isEqualTo("Сервисный план клиники на год");
				assertThat(task.origin().touchpointId()).isNotNull();
				assertThat(task.origin().painId()).isNotNull();
			});
		});
	}
}
