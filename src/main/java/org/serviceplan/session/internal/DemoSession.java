package org.serviceplan.session.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.account.Accounts;
import org.serviceplan.journey.JourneyLookup;
import org.serviceplan.journey.JourneyLookup.JourneyOutline;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.NewSession;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a finished strategic session of the demo clinic on its patient-visit journey: six participants
 * (five employees and a patient as a guest), a dozen ideas under real touchpoints, open votes in both nominations,
 * results revealed, and the winners turned into tasks of the clinic's running plan. Built once, after the journey
 * and the plan (their loaders run first on the same event), all through {@link StrategicSessions}.
 */
@Component
class DemoSession {

	static final String CLINIC = "Клиника «Здоровье»";
	static final String JOURNEY = "Визит пациента в клинику";
	static final String TITLE = "Стратегическая сессия: визит пациента";

	private static final Logger log = LoggerFactory.getLogger(DemoSession.class);

	private final boolean demo;
	private final Accounts accounts;
	private final Workspaces workspaces;
	private final StrategicSessions sessions;
	private final StrategicSessionRepository repository;
	private final JourneyLookup journeys;
	private final PlanTaskIntake intake;
	private final JdbcTemplate jdbc;

	DemoSession(@Value("${serviceplan.demo:false}") boolean demo, Accounts accounts, Workspaces workspaces,
			StrategicSessions sessions, StrategicSessionRepository repository, JourneyLookup journeys,
			PlanTaskIntake intake, JdbcTemplate jdbc) {
		this.demo = demo;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.sessions = sessions;
		this.repository = repository;
		this.journeys = journeys;
		this.intake = intake;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!demo) {
			return;
		}
		Optional<Member> owner = member(Demo.OWNER_EMAIL);
		Optional<Member> consultant = member("consultant@klinika.demo");
		if (owner.isEmpty() || consultant.isEmpty()) {
			return;
		}
		TenantContext.inWorkspace(owner.get().workspaceId(), () -> {
			if (!repository.findAllByOrderByCreatedAtDesc().isEmpty()) {
				return;
			}
			Optional<UUID> journey = jdbc.queryForList("select id from journey where workspace_id = ? and title = ?",
					UUID.class, owner.get().workspaceId(), JOURNEY).stream().findFirst();
			Optional<UUID> plan = intake.plansTakingTasks().stream().findFirst().map(PlanTaskIntake.PlanChoice::id);
			if (journey.isPresent() && plan.isPresent()) {
				build(owner.get(), consultant.get(), journeys.outline(journey.get()).orElseThrow(), plan.get());
				log.info("Demo strategic session loaded for {}", CLINIC);
			}
		});
	}

	private void build(Member owner, Member consultant, JourneyOutline journey, UUID planId) {
		Map<String, UUID> people = new HashMap<>();
		workspaces.people().forEach(p -> people.put(p.email(), p.id()));
		var session = sessions.create(consultant, new NewSession(TITLE, List.of(journey.id()),
				new VotingBudget(5, 5, 3), false, null, null));
		UUID id = session.id();
		UUID reception = join(consultant, id, people, "reception@klinika.demo");
		UUID reception2 = join(consultant, id, people, "reception2@klinika.demo");
		UUID doctor = join(consultant, id, people, "doctor@klinika.demo");
		UUID nurse = join(consultant, id, people, "nurse@klinika.demo");
		UUID callCentre = join(consultant, id, people, "callcenter@klinika.demo");
		UUID patient = sessions.joinAsGuest(session.joinCode(), "Мария, пациентка").participantId();
		sessions.moveToStage(consultant, id, 2);

		UUID documents = idea(id, reception, journey, "Заполнение обязательных документов", true, IdeaKind.IDEAL,
				"Присылать договор и согласие на подпись в мессенджер до визита");
		UUID queue = idea(id, patient, journey, "Ожидание приёма", true, IdeaKind.IDEAL,
				"Сообщать пациенту, если врач задерживается больше 10 минут");
		UUID peakCalls = idea(id, callCentre, journey, "Запись по телефону", true, IdeaKind.IDEAL,
				"Перезванивать всем пропущенным в часы пик в течение 15 минут");
		UUID eyeContact = idea(id, reception2, journey, "Установление визуального контакта", true, IdeaKind.IDEAL,
				"Правило трёх секунд: встать и посмотреть пациенту в глаза");
		UUID explain = idea(id, doctor, journey, "Приём врача", true, IdeaKind.IDEAL,
				"Памятка с назначениями простыми словами после каждого приёма");
		UUID reviews = idea(id, nurse, journey, "Отзыв о визите", true, IdeaKind.IDEAL,
				"Отвечать на каждый отзыв в течение суток");
		idea(id, nurse, journey, "Звонок о самочувствии", true, IdeaKind.PROBLEM,
				"Звонят не всем: нет списка пациентов после процедур");
		UUID followUp = idea(id, nurse, journey, "Звонок о самочувствии", false, IdeaKind.IDEAL,
				"Список обзвона на завтра формируется в МИС автоматически");
		idea(id, patient, journey, "Навигация в холле", false, IdeaKind.PROBLEM,
				"После входа не видно, где ресепшн");
		UUID signs = idea(id, reception, journey, "Навигация в холле", false, IdeaKind.IDEAL,
				"Указатели на полу от входа до стойки и кабинетов");
		UUID onlineSlots = idea(id, callCentre, journey, "Онлайн-запись на сайте", true, IdeaKind.IDEAL,
				"Связать расписание на сайте с МИС, чтобы окна совпадали");
		UUID duplicate = idea(id, reception2, journey, "Запись по телефону", false, IdeaKind.IDEAL,
				"Перезванивать тем, кто не дозвонился");
		sessions.mergeIdeas(consultant, id, duplicate, peakCalls);
		sessions.lockBrainstorming(consultant, id);
		sessions.moveToStage(consultant, id, 3);

		sessions.openVoting(consultant, id);
		vote(id, reception, Nomination.QUICK_WIN, documents, 3, peakCalls, 2);
		vote(id, reception, Nomination.IMPORTANT, onlineSlots, 3, explain, 2);
		vote(id, reception2, Nomination.QUICK_WIN, eyeContact, 2, queue, 3);
		vote(id, reception2, Nomination.IMPORTANT, documents, 3, signs, 2);
		vote(id, doctor, Nomination.QUICK_WIN, queue, 3, reviews, 2);
		vote(id, doctor, Nomination.IMPORTANT, explain, 3, followUp, 2);
		vote(id, nurse, Nomination.QUICK_WIN, queue, 2, reviews, 3);
		vote(id, nurse, Nomination.IMPORTANT, followUp, 3, onlineSlots, 2);
		vote(id, callCentre, Nomination.QUICK_WIN, peakCalls, 3, documents, 2);
		vote(id, callCentre, Nomination.IMPORTANT, onlineSlots, 3, documents, 2);
		vote(id, patient, Nomination.QUICK_WIN, queue, 3, signs, 2);
		vote(id, patient, Nomination.IMPORTANT, explain, 3, onlineSlots, 2);
		sessions.closeVoting(consultant, id);
		sessions.revealResults(consultant, id);
		sessions.toPlan(owner, id, planId, List.of(queue, documents, peakCalls, onlineSlots));
		sessions.close(consultant, id);
	}

	private UUID join(Member facilitator, UUID sessionId, Map<String, UUID> people, String email) {
		return sessions.addMember(facilitator, sessionId, people.get(email)).id();
	}

	/** An idea under the named touchpoint, about its first pain when {@code onPain}. */
	private UUID idea(UUID sessionId, UUID author, JourneyOutline journey, String touchpoint, boolean onPain,
			IdeaKind kind, String text) {
		UUID touchpointId = journey.touchpoints().stream().filter(t -> t.name().equals(touchpoint)).findFirst()
			.orElseThrow().id();
		UUID painId = onPain ? journey.pains().stream().filter(p -> p.touchpointId().equals(touchpointId)).findFirst()
			.map(JourneyLookup.PainRef::id).orElse(null) : null;
		return sessions.addIdea(sessionId, author, new IdeaText(text, kind, touchpointId, painId)).id();
	}

	private void vote(UUID sessionId, UUID participant, Nomination nomination, UUID first, int firstPoints, UUID second,
			int secondPoints) {
		sessions.vote(sessionId, first, participant, nomination, firstPoints);
		sessions.vote(sessionId, second, participant, nomination, secondPoints);
	}

	private Optional<Member> member(String email) {
		return accounts.findByEmail(email).flatMap(account -> workspaces.of(account.id()).stream()
			.filter(w -> w.name().equals(CLINIC)).findFirst()
			.flatMap(w -> workspaces.membership(account.id(), w.id())));
	}
}
