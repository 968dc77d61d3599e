package org.serviceplan.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.session.SessionFixture.Clinic;
import org.serviceplan.session.SessionResults.RankedIdea;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.session.internal.NotSessionRunner;
import org.serviceplan.session.internal.SessionConflict;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@Import(SessionFixture.class)
@RecordApplicationEvents
class StrategicSessionsTest {

	@Autowired
	StrategicSessions sessions;
	@Autowired
	SessionFixture fixture;
	@Autowired
	PlanTaskIntake intake;
	@Autowired
	ApplicationEvents events;

	@Test
	void aSessionRunsFromBrainstormToPlanTasks() {
		Clinic clinic = fixture.clinic("Клиника Сессия", 2);
		TenantContext.inWorkspace(clinic.ws(), () -> {
			var session = sessions.create(clinic.facilitator(), new NewSession("Стратегическая сессия 2027",
					List.of(clinic.journeyId()), new VotingBudget(5, 5, 3), false, null, null));
			assertThat(session.agenda()).hasSize(4).first().isEqualTo("Обсуждение концепции");
			assertThat(session.joinCode()).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
			var anna = sessions.addMember(clinic.facilitator(), session.id(), clinic.staff().get(0).personId());
			var boris = sessions.addMember(clinic.staff().get(1), session.id(), clinic.staff().get(1).personId());
			SessionIdea callBack = sessions.addIdea(session.id(), anna.id(),
					new IdeaText("Перезванивать за 15 минут", IdeaKind.IDEAL, null, clinic.painId()));
			assertThat(callBack.touchpointId()).as("placed by its pain").isEqualTo(clinic.callId());
			SessionIdea callBackAgain = sessions.addIdea(session.id(), boris.id(),
					new IdeaText("Перезванивать быстро", IdeaKind.IDEAL, clinic.callId(), null));
			SessionIdea onlineSlots = sessions.addIdea(session.id(), boris.id(),
					new IdeaText("Показывать свободные окна", IdeaKind.IDEAL, clinic.siteId(), null));
			assertThat(events.stream(IdeaAdded.class)).hasSize(3);

			sessions.openVoting(clinic.facilitator(), session.id());
			sessions.vote(session.id(), callBack.id(), anna.id(), Nomination.QUICK_WIN, 2);
			sessions.vote(session.id(), callBackAgain.id(), anna.id(), Nomination.QUICK_WIN, 2);
			sessions.vote(session.id(), callBackAgain.id(), boris.id(), Nomination.QUICK_WIN, 1);
			sessions.vote(session.id(), onlineSlots.id(), boris.id(), Nomination.IMPORTANT, 3);
			assertThat(sessions.remaining(session.id(), anna.id())).containsEntry(Nomination.QUICK_WIN, 1)
				.containsEntry(Nomination.IMPORTANT, 5);

			// Anna voted 2 + 2 on the duplicates: capped at 3, one point back to her budget.
			sessions.mergeIdeas(clinic.facilitator(), session.id(), callBackAgain.id(), callBack.id());
			assertThat(sessions.remaining(session.id(), anna.id())).containsEntry(Nomination.QUICK_WIN, 2);
			assertThat(sessions.idea(session.id(), callBack.id()).authorIds()).containsExactlyInAnyOrder(anna.id(),
					boris.id());
			RankedIdea first = sessions.results(session.id()).of(Nomination.QUICK_WIN).ideas().get(0);
			assertThat(first.ideaId()).isEqualTo(callBack.id());
			assertThat(first.points()).isEqualTo(4);
			assertThat(first.voters()).isEqualTo(2);
			assertThat(first.ballots()).extracting(SessionResults.Ballot::points).containsExactly(3, 1);
			assertThat(sessions.results(session.id()).of(Nomination.QUICK_WIN).ideas())
				.extracting(RankedIdea::ideaId).doesNotContain(callBackAgain.id());

			assertThatThrownBy(() -> sessions.resultsFor(clinic.staff().get(0), session.id()))
				.isInstanceOf(NotSessionRunner.class);
			sessions.closeVoting(clinic.facilitator(), session.id());
			assertThatThrownBy(() -> sessions.vote(session.id(), callBack.id(), anna.id(), Nomination.QUICK_WIN, 1))
				.isInstanceOf(SessionConflict.class);
			sessions.revealResults(clinic.facilitator(), session.id());
			assertThat(sessions.resultsFor(clinic.staff().get(0), session.id()).revealed()).isTrue();

			var intakeResult = sessions.toPlan(clinic.facilitator(), session.id(), clinic.planId(),
					List.of(onlineSlots.id(), callBack.id()));
			assertThat(intakeResult.created()).extracting(PlanTaskIntake.OriginTask::taskTitle)
				.containsExactly("Перезванивать за 15 минут", "Показывать свободные окна");
			assertThat(intakeResult.created()).extracting(PlanTaskIntake.OriginTask::block)
				.containsExactly("Быстрые победы", "Важные результаты");
			UUID task = intakeResult.created().get(0).taskId();
			assertThat(intake.originOf(task)).hasValueSatisfying(origin -> {
				assertThat(origin.sessionId()).isEqualTo(session.id());
				assertThat(origin.touchpointId()).isEqualTo(clinic.callId());
				assertThat(origin.painId()).isEqualTo(clinic.painId());
			});
			assertThat(intake.tasksFromPain(clinic.painId())).extracting(PlanTaskIntake.OriginTask::taskId)
				.containsExactly(task);
			assertThat(intake.tasksFromTouchpoint(clinic.siteId())).hasSize(1);
			var again = sessions.toPlan(clinic.facilitator(), session.id(), clinic.planId(),
					List.of(onlineSlots.id(), callBack.id()));
			assertThat(again.created()).as("idempotent").isEmpty();
			assertThat(again.skipped()).hasSize(2);

			sessions.close(clinic.facilitator(), session.id());
			assertThat(events.stream(SessionClosed.class)).hasSize(1);
		});
	}

	@Test
	void guestsJoinByCodeUntilTheSessionCloses() {
		Clinic clinic = fixture.clinic("Клиника Гости", 0);
		var session = TenantContext.inWorkspace(clinic.ws(), () -> sessions.create(clinic.facilitator(),
				new NewSession("Сессия с гостями", List.of(clinic.journeyId()), new VotingBudget(5, 5, 2), true, null,
						null)));
		GuestPass pass = sessions.joinAsGuest(session.joinCode().toLowerCase().substring(0, 3) + "-"
				+ session.joinCode().substring(3), "Пациент Пётр");
		assertThat(pass.sessionId()).isEqualTo(session.id());
		assertThat(pass.token()).startsWith("spg_");
		assertThat(sessions.guestByToken(pass.token())).hasValueSatisfying(g -> {
			assertThat(g.participantId()).isEqualTo(pass.participantId());
			assertThat(g.displayName()).isEqualTo("Пациент Пётр");
		});
		assertThat(sessions.guestByToken("spg_forged")).isEmpty();
		TenantContext.inWorkspace(clinic.ws(), () -> {
			sessions.addIdea(session.id(), pass.participantId(), new IdeaText("Кофе в холле", IdeaKind.IDEAL, null, null));
			sessions.close(clinic.facilitator(), session.id());
		});
		assertThat(sessions.guestByToken(pass.token())).as("closed session").isEmpty();
		assertThatThrownBy(() -> sessions.joinAsGuest(session.joinCode(), "Опоздавший"))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void rulesOfTheBoardAreRefused() {
		Clinic clinic = fixture.clinic("Клиника Отказы", 1);
		TenantContext.inWorkspace(clinic.ws(), () -> {
			var session = sessions.create(clinic.facilitator(), new NewSession("Сессия", List.of(clinic.journeyId()),
					new VotingBudget(3, 3, 2), false, null, null));
			var anna = sessions.addMember(clinic.facilitator(), session.id(), clinic.staff().get(0).personId());
			assertThatThrownBy(() -> sessions.addIdea(session.id(), anna.id(),
					new IdeaText("Чужая точка", IdeaKind.PROBLEM, UUID.randomUUID(), null)))
				.isInstanceOfSatisfying(BusinessRuleViolation.class,
						e -> assertThat(e.field()).isEqualTo("touchpointId"));
			assertThatThrownBy(() -> sessions.addIdea(session.id(), anna.id(),
					new IdeaText("Чужая боль", IdeaKind.PROBLEM, clinic.siteId(), clinic.painId())))
				.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("painId"));
			SessionIdea idea = sessions.addIdea(session.id(), anna.id(), new IdeaText("Идея", IdeaKind.PROBLEM, null, null));
			assertThatThrownBy(() -> sessions.vote(session.id(), idea.id(), anna.id(), Nomination.QUICK_WIN, 1))
				.as("voting not open").isInstanceOf(SessionConflict.class);
			assertThatThrownBy(() -> sessions.openVoting(clinic.staff().get(0), session.id()))
				.isInstanceOf(NotSessionRunner.class);
			sessions.openVoting(clinic.owner(), session.id());
			assertThatThrownBy(() -> sessions.vote(session.id(), idea.id(), anna.id(), Nomination.QUICK_WIN, 3))
				.hasMessageContaining("session.vote.overIdeaLimit");
			sessions.lockBrainstorming(clinic.facilitator(), session.id());
			assertThatThrownBy(() -> sessions.addIdea(session.id(), anna.id(),
					new IdeaText("Поздно", IdeaKind.PROBLEM, null, null)))
				.isInstanceOf(SessionConflict.class).hasMessage("session.brainstorming.locked");
		});
	}
}
