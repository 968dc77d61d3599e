package org.serviceplan.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.journey.JourneyLookup;
import org.serviceplan.journey.JourneyLookup.JourneyOutline;
import org.serviceplan.journey.JourneyLookup.PainRef;
import org.serviceplan.journey.JourneyLookup.TouchpointRef;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.plan.PlanTaskIntake.Intake;
import org.serviceplan.plan.PlanTaskIntake.ProposedTask;
import org.serviceplan.plan.TaskOrigin;
import org.serviceplan.session.SessionResults.Ballot;
import org.serviceplan.session.SessionResults.NominationResult;
import org.serviceplan.session.SessionResults.RankedIdea;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.session.internal.IdeaRepository;
import org.serviceplan.session.internal.JoinCode;
import org.serviceplan.session.internal.NotSessionRunner;
import org.serviceplan.session.internal.Participant;
import org.serviceplan.session.internal.ParticipantRepository;
import org.serviceplan.session.internal.SessionConflict;
import org.serviceplan.session.internal.StrategicSessionRepository;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.session.internal.Vote;
import org.serviceplan.session.internal.VoteMerge;
import org.serviceplan.session.internal.VoteRepository;
import org.serviceplan.session.internal.Votes;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.SecretCode;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.shared.web.UserLocale;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The strategic sessions of the current workspace: the one way in for pages, the API and live views. Steps that
 * run the session (voting, reveal, merge, lock, close) are the facilitator's or the owner's; ideas and votes are
 * a participant's (members by person, guests by their token). Every change publishes an event of this package.
 */
@Service
@Transactional
public class StrategicSessions {

	/** Quick wins are due within a quarter, important results by the end of the plan's year. */
	static final int QUICK_WIN_MONTHS = 3;
	static final int IMPORTANT_MONTHS = 12;
	private static final int JOIN_CODE_ATTEMPTS = 20;

	private final StrategicSessionRepository sessions;
	private final ParticipantRepository participants;
	private final IdeaRepository ideas;
	private final VoteRepository votes;
	private final Votes voting;
	private final JourneyLookup journeys;
	private final PlanTaskIntake intake;
	private final Workspaces workspaces;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	StrategicSessions(StrategicSessionRepository sessions, ParticipantRepository participants, IdeaRepository ideas,
			VoteRepository votes, Votes voting, JourneyLookup journeys, PlanTaskIntake intake, Workspaces workspaces,
			ApplicationEventPublisher events, MessageSource messages, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.sessions = sessions;
		this.participants = participants;
		this.ideas = ideas;
		this.votes = votes;
		this.voting = voting;
		this.journeys = journeys;
		this.intake = intake;
		this.workspaces = workspaces;
		this.events = events;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// --- sessions

	/** The workspace's sessions, newest first. */
	@Transactional(readOnly = true)
	public List<StrategicSession> all() {
		return sessions.findAllByOrderByCreatedAtDesc();
	}

	@Transactional(readOnly = true)
	public StrategicSession session(UUID sessionId) {
		return sessions.findById(sessionId).orElseThrow(() -> new RecordNotFound("session", sessionId));
	}

	/** A new open session; its journeys must be of this company, its facilitator one of its people. */
	public StrategicSession create(Member by, NewSession request) {
		UUID facilitator = request.facilitatorId() == null ? by.personId() : request.facilitatorId();
		checkFacilitator(facilitator);
		checkJourneys(request.journeyIds());
		if (request.budget() == null) {
			throw new BusinessRuleViolation("quickWinBudget", "validation.required");
		}
		List<String> agenda = request.agenda() == null ? defaultAgenda() : request.agenda();
		return sessions.save(new StrategicSession(request.title(), facilitator, request.journeyIds(), agenda,
				request.budget(), request.anonymous(), freeJoinCode(), clock.instant()));
	}

	/** Title, journeys, facilitator; budgets and anonymity only until voting starts. */
	public StrategicSession describe(Member by, UUID sessionId, NewSession request, Long expectedVersion) {
		StrategicSession session = runBy(by, sessionId);
		UUID facilitator = request.facilitatorId() == null ? session.facilitatorId() : request.facilitatorId();
		checkFacilitator(facilitator);
		checkJourneys(request.journeyIds());
		session.describe(request.title(), request.journeyIds(), request.budget(), request.anonymous(), facilitator,
				expectedVersion);
		if (request.agenda() != null) {
			session.changeAgenda(request.agenda());
		}
		return sessions.saveAndFlush(session);
	}

	public StrategicSession changeAgenda(Member by, UUID sessionId, List<String> stages) {
		StrategicSession session = runBy(by, sessionId);
		session.changeAgenda(stages);
		events.publishEvent(new StageChanged(session.workspaceId(), sessionId, session.currentStage()));
		return session;
	}

	public StrategicSession moveToStage(Member by, UUID sessionId, int stage) {
		StrategicSession session = runBy(by, sessionId);
		session.moveToStage(stage);
		events.publishEvent(new StageChanged(session.workspaceId(), sessionId, stage));
		return session;
	}

	public StrategicSession lockBrainstorming(Member by, UUID sessionId) {
		StrategicSession session = runBy(by, sessionId);
		session.lockBrainstorming();
		events.publishEvent(new BrainstormingLocked(session.workspaceId(), sessionId));
		return session;
	}

	public StrategicSession reopenBrainstorming(Member by, UUID sessionId) {
		StrategicSession session = runBy(by, sessionId);
		session.reopenBrainstorming();
		events.publishEvent(new StageChanged(session.workspaceId(), sessionId, session.currentStage()));
		return session;
	}

	public StrategicSession openVoting(Member by, UUID sessionId) {
		StrategicSession session = runBy(by, sessionId);
		session.openVoting();
		events.publishEvent(new VotingOpened(session.workspaceId(), sessionId));
		return session;
	}

	public StrategicSession closeVoting(Member by, UUID sessionId) {
		StrategicSession session = runBy(by, sessionId);
		session.closeVoting();
		events.publishEvent(new VotingClosed(session.workspaceId(), sessionId));
		return session;
	}

	public StrategicSession revealResults(Member by, UUID sessionId) {
		StrategicSession session = runBy(by, sessionId);
		session.revealResults();
		events.publishEvent(new ResultsRevealed(session.workspaceId(), sessionId));
		return session;
	}

	/** Ends the session: voting closes if open, the guest code and guests' tokens stop working. */
	public StrategicSession close(Member by, UUID sessionId) {
		StrategicSession session = runBy(by, sessionId);
		boolean votingWasOpen = session.voting() == VotingState.OPEN;
		session.close(clock.instant());
		sessions.saveAndFlush(session);
		if (votingWasOpen) {
			events.publishEvent(new VotingClosed(session.workspaceId(), sessionId));
		}
		events.publishEvent(new SessionClosed(session.workspaceId(), sessionId));
		return session;
	}

	// --- participants

	@Transactional(readOnly = true)
	public List<SessionParticipant> participants(UUID sessionId) {
		session(sessionId);
		Map<UUID, String> names = personNames();
		return participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).stream()
			.filter(p -> !p.isRemoved())
			.map(p -> new SessionParticipant(p.id(), p.personId(), nameOf(p, names), p.isGuest(), p.joinedAt()))
			.toList();
	}

	/** The member's place in the session, if they take part. */
	@Transactional(readOnly = true)
	public Optional<Participant> participantOf(UUID sessionId, UUID personId) {
		return participants.findBySessionIdAndPersonId(sessionId, personId).filter(p -> !p.isRemoved());
	}

	/** The member's place in the session, or 403 when they do not take part. */
	@Transactional(readOnly = true)
	public Participant requireParticipant(Member member, UUID sessionId) {
		session(sessionId);
		return participantOf(sessionId, member.personId())
			.orElseThrow(() -> new NotSessionRunner("session.notParticipant"));
	}

	/**
	 * Adds a member of the company (again, if they were removed; as is, if they take part already). The
	 * facilitator or owner adds anyone; any member may add only themselves.
	 */
	public Participant addMember(Member by, UUID sessionId, UUID personId) {
		StrategicSession session = session(sessionId);
		session.mustBeOpen();
		if (personId == null) {
			throw new BusinessRuleViolation("personId", "validation.required");
		}
		if (!personId.equals(by.personId()) && !session.isRunBy(by)) {
			throw new NotSessionRunner("session.runnersOnly");
		}
		if (!workspaces.hasPerson(personId)) {
			throw new BusinessRuleViolation("personId", "session.participant.unknownPerson");
		}
		Participant participant = voting.join(sessionId, personId, clock.instant());
		events.publishEvent(new ParticipantsChanged(session.workspaceId(), sessionId, participant.id()));
		return participant;
	}

	/** Takes a participant out of the session; their points are taken back with them. */
	public void removeParticipant(Member by, UUID sessionId, UUID participantId) {
		StrategicSession session = lockedRunBy(by, sessionId);
		session.mustBeOpen();
		Set<UUID> ideasVoted = voting.remove(sessionId, participantId);
		events.publishEvent(new ParticipantsChanged(session.workspaceId(), sessionId, participantId));
		ideasVoted.forEach(idea -> events.publishEvent(new VotesChanged(session.workspaceId(), sessionId, idea)));
	}

	/**
	 * A guest joins an open session by its code (case and dashes do not matter) under a display name. The token in
	 * the answer is the guest's only key: only its hash is kept. An unknown code, or one of a closed session, is 404.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public GuestPass joinAsGuest(String code, String displayName) {
		String normalized = JoinCode.normalize(code);
		Map<String, Object> found = jdbc
			.queryForList("select workspace_id, id from strategic_session where open_join_code = ?", normalized)
			.stream().findFirst().orElseThrow(() -> new RecordNotFound("session code", normalized));
		UUID workspaceId = (UUID) found.get("workspace_id");
		UUID sessionId = (UUID) found.get("id");
		String token = "spg_" + SecretCode.generate(24);
		return TenantContext.inWorkspace(workspaceId, () -> transaction.execute(status -> {
			StrategicSession session = session(sessionId);
			session.mustBeOpen();
			Participant guest = participants
				.save(Participant.guest(sessionId, displayName, SecretCode.hash(token), clock.instant()));
			events.publishEvent(new ParticipantsChanged(workspaceId, sessionId, guest.id()));
			return new GuestPass(workspaceId, sessionId, guest.id(), guest.guestName(), token);
		}));
	}

	/** The guest a token belongs to, while their session is open and they were not removed; otherwise empty. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<GuestPass> guestByToken(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.queryForList("select p.workspace_id, p.session_id, p.id, p.guest_name from session_participant p "
				+ "join strategic_session s on s.id = p.session_id "
				+ "where p.guest_token_hash = ? and p.removed = false and s.status = 'OPEN'", SecretCode.hash(token))
			.stream()
			.findFirst()
			.map(row -> new GuestPass((UUID) row.get("workspace_id"), (UUID) row.get("session_id"),
					(UUID) row.get("id"), (String) row.get("guest_name"), token));
	}

	// --- ideas

	/** Every idea of the session in the order they were added, hidden and merged ones included (see their flags). */
	@Transactional(readOnly = true)
	public List<SessionIdea> ideas(UUID sessionId) {
		session(sessionId);
		return ideas.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId);
	}

	@Transactional(readOnly = true)
	public SessionIdea idea(UUID sessionId, UUID ideaId) {
		return ideas.findById(ideaId).filter(i -> i.sessionId().equals(sessionId))
			.orElseThrow(() -> new RecordNotFound("idea", ideaId));
	}

	/**
	 * A participant's idea, under a touchpoint of one of the session's journeys (and about one of its pains) or
	 * about the session as a whole. Refused once brainstorming is locked.
	 */
	public SessionIdea addIdea(UUID sessionId, UUID participantId, IdeaText content) {
		StrategicSession session = session(sessionId);
		session.mustAcceptIdeas();
		Participant author = activeParticipant(sessionId, participantId);
		SessionIdea idea = ideas.save(new SessionIdea(sessionId, author.id(), placed(session, content), clock.instant()));
		events.publishEvent(new IdeaAdded(session.workspaceId(), sessionId, idea.id()));
		return idea;
	}

	public SessionIdea editIdea(Member by, UUID sessionId, UUID ideaId, IdeaText content, Long expectedVersion) {
		StrategicSession session = runBy(by, sessionId);
		session.mustBeOpen();
		SessionIdea idea = voting.edit(idea(sessionId, ideaId), placed(session, content), expectedVersion);
		ideas.saveAndFlush(idea);
		events.publishEvent(new IdeaChanged(session.workspaceId(), sessionId, ideaId, IdeaChanged.Change.EDITED, null));
		return idea;
	}

	/** Hides an idea from the board and the ranking (or shows it again); points on it may still be taken back. */
	public SessionIdea hideIdea(Member by, UUID sessionId, UUID ideaId, boolean hidden) {
		StrategicSession session = lockedRunBy(by, sessionId);
		session.mustBeOpen();
		SessionIdea idea = voting.hide(idea(sessionId, ideaId), hidden);
		events.publishEvent(new IdeaChanged(session.workspaceId(), sessionId, ideaId,
				hidden ? IdeaChanged.Change.HIDDEN : IdeaChanged.Change.SHOWN, null));
		return idea;
	}

	/** Merges a duplicate into another idea: its authors and votes go over by the rule of {@link VoteMerge}. */
	public SessionIdea mergeIdeas(Member by, UUID sessionId, UUID sourceId, UUID targetId) {
		StrategicSession session = lockedRunBy(by, sessionId);
		session.mustBeOpen();
		if (targetId == null) {
			throw new BusinessRuleViolation("targetId", "validation.required");
		}
		SessionIdea source = idea(sessionId, sourceId);
		SessionIdea target;
		try {
			target = idea(sessionId, targetId);
		}
		catch (RecordNotFound e) {
			throw new BusinessRuleViolation("targetId", "session.merge.unknownTarget");
		}
		voting.merge(source, target, session.budget());
		events.publishEvent(new IdeaChanged(session.workspaceId(), sessionId, sourceId, IdeaChanged.Change.MERGED,
				targetId));
		events.publishEvent(new VotesChanged(session.workspaceId(), sessionId, targetId));
		return target;
	}

	// --- voting

	/**
	 * Sets (not adds) the participant's points on an idea in a nomination; 0 takes them back. Sending the same
	 * points again changes nothing. Voting not open: 409; over the budget or the per-idea limit: 422 on
	 * {@code points} ({@link VotingBudget}).
	 */
	public VoteReceipt vote(UUID sessionId, UUID ideaId, UUID participantId, Nomination nomination, int points) {
		Votes.Outcome receipt = voting.set(sessionId, ideaId, participantId, nomination, points);
		if (receipt.changed()) {
			events.publishEvent(new VotesChanged(receipt.workspaceId(), sessionId, ideaId));
		}
		return receipt.receipt();
	}

	/** Points the participant has left, per nomination. */
	@Transactional(readOnly = true)
	public Map<Nomination, Integer> remaining(UUID sessionId, UUID participantId) {
		VotingBudget budget = session(sessionId).budget();
		Map<Nomination, Integer> spent = spent(participantId);
		Map<Nomination, Integer> left = new EnumMap<>(Nomination.class);
		for (Nomination nomination : Nomination.values()) {
			left.put(nomination, budget.remaining(nomination, spent.getOrDefault(nomination, 0)));
		}
		return left;
	}

	/** The participant's own votes (what they put where), in any voting mode: their own points are no secret to them. */
	@Transactional(readOnly = true)
	public List<Vote> votesOf(UUID sessionId, UUID participantId) {
		session(sessionId);
		return votes.findByParticipantId(participantId);
	}

	/** The ranking in both nominations, without asking who looks (see {@link #resultsFor}). */
	@Transactional(readOnly = true)
	public SessionResults results(UUID sessionId) {
		StrategicSession session = session(sessionId);
		List<SessionIdea> all = ideas.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId);
		Map<UUID, SessionIdea> byId = all.stream().collect(Collectors.toMap(SessionIdea::id, Function.identity()));
		List<Vote> cast = votes.findBySessionId(sessionId);
		Map<UUID, String> names = session.anonymous() ? Map.of() : participantNames(sessionId);
		List<NominationResult> nominations = new ArrayList<>();
		for (Nomination nomination : Nomination.values()) {
			Map<UUID, List<Vote>> onIdea = cast.stream().filter(v -> v.nomination() == nomination)
				.collect(Collectors.groupingBy(Vote::ideaId));
			List<Ranking.Candidate> candidates = all.stream().map(idea -> {
				List<Vote> these = onIdea.getOrDefault(idea.id(), List.of());
				return new Ranking.Candidate(idea.id(), idea.createdAt(), idea.isShown(),
						these.stream().mapToInt(Vote::points).sum(), these.size());
			}).toList();
			nominations.add(new NominationResult(nomination, Ranking.of(candidates).stream().map(place -> {
				SessionIdea idea = byId.get(place.ideaId());
				List<Ballot> ballots = session.anonymous() ? List.of()
						: onIdea.getOrDefault(idea.id(), List.of()).stream()
							.map(v -> new Ballot(v.participantId(), names.get(v.participantId()), v.points()))
							.sorted(Comparator.comparing(Ballot::points).reversed()
								.thenComparing(b -> b.name() == null ? "" : b.name()))
							.toList();
				return new RankedIdea(place.rank(), idea.id(), idea.text(), idea.kind(), idea.touchpointId(),
						idea.painId(), place.points(), place.voters(), ballots);
			}).toList()));
		}
		return new SessionResults(sessionId, session.resultsRevealed(), session.anonymous(), nominations);
	}

	/** The results as the member may see them: the facilitator and owner always, others once revealed (else 403). */
	@Transactional(readOnly = true)
	public SessionResults resultsFor(Member member, UUID sessionId) {
		if (!session(sessionId).showsResultsTo(member)) {
			throw new NotSessionRunner("session.results.notRevealed");
		}
		return results(sessionId);
	}

	// --- to the plan

	/**
	 * Turns the chosen ideas into tasks of a plan of this company, once voting is closed: quick wins first (by
	 * their quick-win rank, in the block named after the nomination, due within a quarter), then important results
	 * (by their rank, due by the end of the plan's year). An idea counts in the nomination where it got more points
	 * (quick win on a tie). Each task keeps its origin; an idea the plan already has a task for is skipped.
	 */
	public Intake toPlan(Member by, UUID sessionId, UUID planId, List<UUID> ideaIds) {
		StrategicSession session = runBy(by, sessionId);
		if (session.voting() != VotingState.CLOSED) {
			throw new SessionConflict("session.toPlan.votingNotClosed");
		}
		if (planId == null) {
			throw new BusinessRuleViolation("planId", "validation.required");
		}
		Set<UUID> chosen = new LinkedHashSet<>(ideaIds == null ? List.of() : ideaIds);
		chosen.remove(null);
		if (chosen.isEmpty()) {
			throw new BusinessRuleViolation("ideaIds", "session.toPlan.nothingChosen");
		}
		SessionResults results = results(sessionId);
		Map<UUID, RankedIdea> quick = byIdea(results.of(Nomination.QUICK_WIN));
		Map<UUID, RankedIdea> important = byIdea(results.of(Nomination.IMPORTANT));
		for (UUID id : chosen) {
			if (!quick.containsKey(id)) {
				throw new BusinessRuleViolation("ideaIds", "session.toPlan.unknownIdea");
			}
		}
		List<RankedIdea> quickWins = new ArrayList<>();
		List<RankedIdea> importantOnes = new ArrayList<>();
		for (UUID id : chosen) {
			if (quick.get(id).points() >= important.get(id).points()) {
				quickWins.add(quick.get(id));
			}
			else {
				importantOnes.add(important.get(id));
			}
		}
		quickWins.sort(Comparator.comparingInt(RankedIdea::rank));
		importantOnes.sort(Comparator.comparingInt(RankedIdea::rank));
		Locale locale = locale();
		List<ProposedTask> tasks = new ArrayList<>();
		quickWins.forEach(idea -> tasks.add(proposed(session, idea, "session.nomination.QUICK_WIN", QUICK_WIN_MONTHS,
				locale)));
		importantOnes.forEach(idea -> tasks.add(proposed(session, idea, "session.nomination.IMPORTANT",
				IMPORTANT_MONTHS, locale)));
		String goal = messages.getMessage("session.toPlan.goal", new Object[] { session.title() }, locale);
		return intake.take(by, planId, goal, tasks);
	}

	private ProposedTask proposed(StrategicSession session, RankedIdea idea, String blockKey, int months,
			Locale locale) {
		String description = messages.getMessage("session.toPlan.description",
				new Object[] { session.title(), idea.rank(), idea.points(), idea.voters() }, locale);
		String title = idea.text().length() > 300 ? idea.text().substring(0, 297) + "…" : idea.text();
		return new ProposedTask(messages.getMessage(blockKey, null, locale), title, description, months,
				new TaskOrigin(session.id(), idea.ideaId(), idea.touchpointId(), idea.painId()));
	}

	// --- helpers

	private static Map<UUID, RankedIdea> byIdea(NominationResult result) {
		return result.ideas().stream().collect(Collectors.toMap(RankedIdea::ideaId, Function.identity()));
	}

	private StrategicSession runBy(Member by, UUID sessionId) {
		StrategicSession session = session(sessionId);
		if (!session.isRunBy(by)) {
			throw new NotSessionRunner("session.runnersOnly");
		}
		return session;
	}

	private StrategicSession lockedRunBy(Member by, UUID sessionId) {
		StrategicSession session = sessions.lockedForChange(sessionId)
			.orElseThrow(() -> new RecordNotFound("session", sessionId));
		if (!session.isRunBy(by)) {
			throw new NotSessionRunner("session.runnersOnly");
		}
		return session;
	}

	private Participant activeParticipant(UUID sessionId, UUID participantId) {
		return participants.findById(participantId)
			.filter(p -> p.sessionId().equals(sessionId) && !p.isRemoved())
			.orElseThrow(() -> new NotSessionRunner("session.notParticipant"));
	}

	/** The idea's place checked against the session's journeys; a pain alone places the idea on its touchpoint. */
	private IdeaText placed(StrategicSession session, IdeaText content) {
		if (content.touchpointId() == null && content.painId() == null) {
			return content;
		}
		List<JourneyOutline> outlines = session.journeyIds().stream().map(journeys::outline)
			.flatMap(Optional::stream).toList();
		UUID touchpointId = content.touchpointId();
		if (touchpointId != null && outlines.stream().map(o -> o.touchpoint(touchpointId)).noneMatch(Optional::isPresent)) {
			throw new BusinessRuleViolation("touchpointId", "session.idea.touchpointNotInJourneys");
		}
		if (content.painId() != null) {
			PainRef pain = outlines.stream().map(o -> o.pain(content.painId())).flatMap(Optional::stream).findFirst()
				.orElseThrow(() -> new BusinessRuleViolation("painId", "session.idea.painNotInJourneys"));
			if (touchpointId != null && !pain.touchpointId().equals(touchpointId)) {
				throw new BusinessRuleViolation("painId", "session.idea.painOfAnotherTouchpoint");
			}
			return new IdeaText(content.text(), content.kind(), pain.touchpointId(), pain.id());
		}
		return content;
	}

	/** The touchpoints of the session's journeys in map order, for pickers and the protocol. */
	@Transactional(readOnly = true)
	public List<TouchpointRef> touchpoints(UUID sessionId) {
		return session(sessionId).journeyIds().stream().map(journeys::outline).flatMap(Optional::stream)
			.flatMap(o -> o.touchpoints().stream()).toList();
	}

	/** The pains of the session's journeys, for pickers and the protocol. */
	@Transactional(readOnly = true)
	public List<PainRef> pains(UUID sessionId) {
		return session(sessionId).journeyIds().stream().map(journeys::outline).flatMap(Optional::stream)
			.flatMap(o -> o.pains().stream()).toList();
	}

	private void checkJourneys(List<UUID> journeyIds) {
		if (journeyIds != null && journeyIds.stream().anyMatch(id -> id != null && journeys.outline(id).isEmpty())) {
			throw new BusinessRuleViolation("journeyIds", "session.journeys.unknown");
		}
	}

	private void checkFacilitator(UUID personId) {
		if (!workspaces.hasPerson(personId)) {
			throw new BusinessRuleViolation("facilitatorId", "session.participant.unknownPerson");
		}
	}

	private List<String> defaultAgenda() {
		Locale locale = locale();
		return StrategicSession.DEFAULT_AGENDA.stream().map(key -> messages.getMessage(key, null, locale)).toList();
	}

	private String freeJoinCode() {
		for (int attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
			String code = JoinCode.generateCode();
			// Across companies: a guest types only the code, so it must name one open session anywhere.
			Integer taken = jdbc.queryForObject("select count(*) from strategic_session where open_join_code = ?",
					Integer.class, code);
			if (taken == null || taken == 0) {
				return code;
			}
		}
		throw new IllegalStateException("no free join code after " + JOIN_CODE_ATTEMPTS + " attempts");
	}

	private Map<Nomination, Integer> spent(UUID participantId) {
		Map<Nomination, Integer> spent = new EnumMap<>(Nomination.class);
		votes.findByParticipantId(participantId).forEach(v -> spent.merge(v.nomination(), v.points(), Integer::sum));
		return spent;
	}

	private Map<UUID, String> personNames() {
		Map<UUID, String> names = new HashMap<>();
		workspaces.people().forEach(p -> names.put(p.id(), p.name()));
		return names;
	}

	private Map<UUID, String> participantNames(UUID sessionId) {
		Map<UUID, String> people = personNames();
		Map<UUID, String> names = new HashMap<>();
		participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).forEach(p -> names.put(p.id(), nameOf(p, people)));
		return names;
	}

	private static String nameOf(Participant participant, Map<UUID, String> people) {
		return participant.isGuest() ? participant.guestName() : people.getOrDefault(participant.personId(), "?");
	}

	/** The reader's language in a request; Russian, the app's language, for start-up data and jobs. */
	private static Locale locale() {
		return LocaleContextHolder.getLocaleContext() == null ? UserLocale.RUSSIAN : LocaleContextHolder.getLocale();
	}

	// --- session-ui: the guest door and the trace pages

	/** Whether a guest can join with this code now: an open session has it (typed case and dashes do not matter). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean acceptsGuests(String code) {
		Integer open = jdbc.queryForObject("select count(*) from strategic_session where open_join_code = ?",
				Integer.class, JoinCode.normalize(code));
		return open != null && open > 0;
	}

	/** The session, if the current workspace has it (for links that may point at a deleted record). */
	@Transactional(readOnly = true)
	public Optional<StrategicSession> findSession(UUID sessionId) {
		return sessions.findById(sessionId);
	}

	@Transactional(readOnly = true)
	public Optional<SessionIdea> findIdea(UUID ideaId) {
		return ideas.findById(ideaId);
	}

	/** The shown ideas of every session of the workspace about a touchpoint, oldest first. */
	@Transactional(readOnly = true)
	public List<SessionIdea> ideasAboutTouchpoint(UUID touchpointId) {
		return ideas.findByTouchpointIdAndMergedIntoIsNullAndHiddenFalseOrderByCreatedAtAsc(touchpointId);
	}

	/** The shown ideas of every session of the workspace about a pain, oldest first. */
	@Transactional(readOnly = true)
	public List<SessionIdea> ideasAboutPain(UUID painId) {
		return ideas.findByPainIdAndMergedIntoIsNullAndHiddenFalseOrderByCreatedAtAsc(painId);
	}
}
