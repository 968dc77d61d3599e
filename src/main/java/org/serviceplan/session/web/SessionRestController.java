package org.serviceplan.session.web;

import static org.serviceplan.session.web.SessionExamples.IDEA;
import static org.serviceplan.session.web.SessionExamples.INTAKE;
import static org.serviceplan.session.web.SessionExamples.MY_VOTES;
import static org.serviceplan.session.web.SessionExamples.NEW_IDEA;
import static org.serviceplan.session.web.SessionExamples.NEW_SESSION;
import static org.serviceplan.session.web.SessionExamples.NOT_REVEALED;
import static org.serviceplan.session.web.SessionExamples.OVER_BUDGET;
import static org.serviceplan.session.web.SessionExamples.PARTICIPANT;
import static org.serviceplan.session.web.SessionExamples.RESULTS;
import static org.serviceplan.session.web.SessionExamples.SESSION;
import static org.serviceplan.session.web.SessionExamples.VOTE;
import static org.serviceplan.session.web.SessionExamples.VOTING_CLOSED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.NewSession;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.SessionParticipant;
import org.serviceplan.session.SessionResults;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.internal.Participant;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.session.internal.SessionIdea.IdeaText;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.session.web.SessionJsons.IdeaJson;
import org.serviceplan.session.web.SessionJsons.IntakeJson;
import org.serviceplan.session.web.SessionJsons.MyVotesJson;
import org.serviceplan.session.web.SessionJsons.SessionJson;
import org.serviceplan.session.web.SessionJsons.VoteJson;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.web.Locations;
import org.serviceplan.shared.web.Patch;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strategic sessions: the session and its state, participants, ideas, the caller's votes, results and the step to
 * the plan. Running the session is the facilitator's or the owner's; ideas and votes are a participant's.
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Strategic sessions", description = "Brainstorming and dot-voting in two nominations, results, tasks in a plan")
class SessionRestController extends SessionProblems {

	private static final String PROBLEM = "#/components/schemas/Problem";
	private static final String SESSION_ID = "/{sessionId}";

	private final StrategicSessions sessions;

	SessionRestController(StrategicSessions sessions, MessageSource messages) {
		super(messages);
		this.sessions = sessions;
	}

	// --- the session

	@GetMapping
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "listSessions", summary = "List sessions", description = "The company's sessions, newest first.")
	@ApiResponse(responseCode = "200", description = "The sessions",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = SessionJson.class)),
					examples = @ExampleObject(name = "clinic", value = "[" + SESSION + "]")))
	List<SessionJson> list() {
		return sessions.all().stream().map(SessionJson::of).toList();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "createSession", summary = "Create a session",
			description = "An open session on the company's journey(s) (`journeyId`, or several in `journeyIds`; none for "
					+ "a session on the strategy as a whole). Budgets per nomination and the per-idea limit run from 1 to "
					+ "100; the limit may not exceed a budget. The creator facilitates unless `facilitatorId` names "
					+ "someone; `agenda` defaults to the four stages of the method. The answer carries the guest `joinCode`.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = NewSessionRequest.class),
					examples = @ExampleObject(name = "clinic", value = NEW_SESSION))))
	@ApiResponse(responseCode = "201", description = "Created; Location names the session",
			content = @Content(schema = @Schema(implementation = SessionJson.class),
					examples = @ExampleObject(name = "clinic", value = SESSION)))
	ResponseEntity<SessionJson> create(Member member, @RequestBody NewSessionRequest request) {
		StrategicSession session = sessions.create(member, request.toNewSession());
		return Locations.created(session.id(), SessionJson.of(session));
	}

	@GetMapping(SESSION_ID)
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "getSession", summary = "Read a session",
			description = "The session with its agenda, current stage, voting state and rules.")
	@ApiResponse(responseCode = "200", description = "The session",
			content = @Content(schema = @Schema(implementation = SessionJson.class),
					examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson get(@PathVariable UUID sessionId) {
		return SessionJson.of(sessions.session(sessionId));
	}

	@PatchMapping(path = SESSION_ID, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "changeSession", summary = "Change a session",
			description = "Facilitator or owner. Title, journeys, facilitator, agenda; budgets, the per-idea limit and "
					+ "`anonymous` only until voting starts (422 after). Send `version` from your last read.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = SessionChange.class),
					examples = @ExampleObject(name = "budget", value = """
							{"quickWinBudget": 6, "version": 4}"""))))
	@ApiResponse(responseCode = "200", description = "The session as saved",
			content = @Content(schema = @Schema(implementation = SessionJson.class),
					examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson change(Member member, @PathVariable UUID sessionId, @RequestBody SessionChange change) {
		StrategicSession current = sessions.session(sessionId);
		if (change.version() == null) {
			throw new BusinessRuleViolation("version", "validation.required");
		}
		VotingBudget budget = new VotingBudget(
				Patch.merge(change.quickWinBudget(), current.budget().quickWinBudget()),
				Patch.merge(change.importantBudget(), current.budget().importantBudget()),
				Patch.merge(change.maxPointsPerIdea(), current.budget().maxPointsPerIdea()));
		Boolean anonymous = Patch.merge(change.anonymous(), current.anonymous());
		return SessionJson.of(sessions.describe(member, sessionId, new NewSession(
				Patch.merge(change.title(), current.title()),
				Patch.merge(change.journeyIds(), current.journeyIds()), budget,
				anonymous != null && anonymous, Patch.merge(change.facilitatorId(), current.facilitatorId()),
				change.agenda() == null ? null : change.agenda().orElse(List.of())), change.version()));
	}

	@PutMapping(path = SESSION_ID + "/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "setSessionAgenda", summary = "Set the agenda",
			description = "Facilitator or owner. The stages of the workshop, in order; at least one.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = AgendaRequest.class),
					examples = @ExampleObject(name = "short", value = """
							{"stages": ["Обсуждение концепции", "Мозговой штурм", "Приоритизация"]}"""))))
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson setAgenda(Member member, @PathVariable UUID sessionId, @RequestBody AgendaRequest request) {
		return SessionJson.of(sessions.changeAgenda(member, sessionId, request.stages()));
	}

	@PutMapping(path = SESSION_ID + "/agenda/current", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "setSessionStage", summary = "Move to a stage",
			description = "Facilitator or owner. `stage` is the index into the agenda (0 = the first stage).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = StageRequest.class),
					examples = @ExampleObject(name = "prioritisation", value = "{\"stage\": 3}"))))
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson setStage(Member member, @PathVariable UUID sessionId, @RequestBody StageRequest request) {
		sessions.session(sessionId);
		if (request.stage() == null) {
			throw new BusinessRuleViolation("stage", "validation.required");
		}
		return SessionJson.of(sessions.moveToStage(member, sessionId, request.stage()));
	}

	@PostMapping(SESSION_ID + "/brainstorming/lock")
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "lockBrainstorming", summary = "Lock brainstorming",
			description = "Facilitator or owner. No new ideas from now on (409); editing, merging and voting go on.")
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson lockBrainstorming(Member member, @PathVariable UUID sessionId) {
		return SessionJson.of(sessions.lockBrainstorming(member, sessionId));
	}

	@PostMapping(SESSION_ID + "/brainstorming/reopen")
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "reopenBrainstorming", summary = "Reopen brainstorming",
			description = "Facilitator or owner. Ideas are accepted again.")
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson reopenBrainstorming(Member member, @PathVariable UUID sessionId) {
		return SessionJson.of(sessions.reopenBrainstorming(member, sessionId));
	}

	@PostMapping(SESSION_ID + "/voting/open")
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "openVoting", summary = "Open voting",
			description = "Facilitator or owner. Participants may spend and take back points until voting closes. "
					+ "Once closed, voting never opens again (409).")
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	@ApiResponse(responseCode = "409", description = "Voting was opened already, or the session is closed",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "closed", value = VOTING_CLOSED)))
	SessionJson openVoting(Member member, @PathVariable UUID sessionId) {
		return SessionJson.of(sessions.openVoting(member, sessionId));
	}

	@PostMapping(SESSION_ID + "/voting/close")
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "closeVoting", summary = "Close voting",
			description = "Facilitator or owner. No more points are accepted (a vote answers 409).")
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	@ApiResponse(responseCode = "409", description = "Voting is not open",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "notOpen", value = VOTING_CLOSED)))
	SessionJson closeVoting(Member member, @PathVariable UUID sessionId) {
		return SessionJson.of(sessions.closeVoting(member, sessionId));
	}

	@PostMapping(SESSION_ID + "/results/reveal")
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "revealResults", summary = "Reveal the results",
			description = "Facilitator or owner. Participants may read the results from now on (before: 403), so early "
					+ "votes do not steer later ones until the facilitator decides.")
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson reveal(Member member, @PathVariable UUID sessionId) {
		return SessionJson.of(sessions.revealResults(member, sessionId));
	}

	@PostMapping(SESSION_ID + "/close")
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "closeSession", summary = "Close the session",
			description = "Facilitator or owner. Voting closes if open, the guest code and guests' tokens stop working, "
					+ "and nothing changes any more (409). Tasks may still be made from its results.")
	@ApiResponse(responseCode = "200", description = "The session", content = @Content(
			schema = @Schema(implementation = SessionJson.class), examples = @ExampleObject(name = "clinic", value = SESSION)))
	SessionJson close(Member member, @PathVariable UUID sessionId) {
		return SessionJson.of(sessions.close(member, sessionId));
	}

	// --- participants

	@GetMapping(SESSION_ID + "/participants")
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "listSessionParticipants", summary = "List participants",
			description = "Members and guests taking part, in the order they joined.")
	@ApiResponse(responseCode = "200", description = "The participants",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = SessionParticipant.class)),
					examples = @ExampleObject(name = "clinic", value = "[" + PARTICIPANT + "]")))
	List<SessionParticipant> participants(@PathVariable UUID sessionId) {
		return sessions.participants(sessionId);
	}

	@PostMapping(path = SESSION_ID + "/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "addSessionParticipant", summary = "Add a participant",
			description = "A person of the company. The facilitator or owner adds anyone; any member may add only "
					+ "themselves (403 otherwise). Adding someone who takes part already changes nothing. Guests join "
					+ "by the session's code in the browser.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ParticipantRequest.class),
					examples = @ExampleObject(name = "reception", value = """
							{"personId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}"""))))
	@ApiResponse(responseCode = "201", description = "Taking part; Location names the participant",
			content = @Content(schema = @Schema(implementation = SessionParticipant.class),
					examples = @ExampleObject(name = "clinic", value = PARTICIPANT)))
	ResponseEntity<SessionParticipant> addParticipant(Member member, @PathVariable UUID sessionId,
			@RequestBody ParticipantRequest request) {
		Participant participant = sessions.addMember(member, sessionId, request.personId());
		SessionParticipant view = sessions.participants(sessionId).stream()
			.filter(p -> p.id().equals(participant.id())).findFirst().orElseThrow();
		return Locations.created(participant.id(), view);
	}

	@DeleteMapping(SESSION_ID + "/participants/{participantId}")
	@Requires(Permission.RUN_SESSIONS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeSessionParticipant", summary = "Remove a participant",
			description = "Facilitator or owner. Their points are taken back; their ideas stay.")
	@ApiResponse(responseCode = "204", description = "Removed")
	void removeParticipant(Member member, @PathVariable UUID sessionId, @PathVariable UUID participantId) {
		sessions.removeParticipant(member, sessionId, participantId);
	}

	// --- ideas

	@GetMapping(SESSION_ID + "/ideas")
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "listSessionIdeas", summary = "List ideas",
			description = "The board in the order ideas were added. The facilitator and owner also see hidden and "
					+ "merged ideas (flags `hidden`, `mergedInto`); everyone else sees the shown ones.")
	@ApiResponse(responseCode = "200", description = "The ideas",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = IdeaJson.class)),
					examples = @ExampleObject(name = "clinic", value = "[" + IDEA + "]")))
	List<IdeaJson> ideas(Member member, @PathVariable UUID sessionId) {
		boolean runner = sessions.session(sessionId).isRunBy(member);
		return sessions.ideas(sessionId).stream().filter(i -> runner || i.isShown()).map(IdeaJson::of).toList();
	}

	@PostMapping(path = SESSION_ID + "/ideas", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "addSessionIdea", summary = "Add an idea",
			description = "Participants only (403 otherwise). `kind` is PROBLEM (what is wrong now) or IDEAL (the ideal "
					+ "future). `touchpointId` must be on one of the session's journeys, `painId` one of its pains (the "
					+ "idea then sits on the pain's touchpoint). Once brainstorming is locked: 409.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = IdeaRequest.class),
					examples = @ExampleObject(name = "callBack", value = NEW_IDEA))))
	@ApiResponse(responseCode = "201", description = "Added; Location names the idea",
			content = @Content(schema = @Schema(implementation = IdeaJson.class),
					examples = @ExampleObject(name = "callBack", value = IDEA)))
	ResponseEntity<IdeaJson> addIdea(Member member, @PathVariable UUID sessionId, @RequestBody IdeaRequest request) {
		Participant participant = sessions.requireParticipant(member, sessionId);
		SessionIdea idea = sessions.addIdea(sessionId, participant.id(), request.content());
		return Locations.created(idea.id(), IdeaJson.of(idea));
	}

	@PatchMapping(path = SESSION_ID + "/ideas/{ideaId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "changeSessionIdea", summary = "Edit, hide or show an idea",
			description = "Facilitator or owner. Text, kind, touchpoint and pain (send `version`); `hidden` takes the "
					+ "idea off the board and out of the ranking (points on it can only be taken back) or puts it back.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = IdeaChange.class),
					examples = @ExampleObject(name = "hide", value = "{\"hidden\": true, \"version\": 0}"))))
	@ApiResponse(responseCode = "200", description = "The idea as saved",
			content = @Content(schema = @Schema(implementation = IdeaJson.class),
					examples = @ExampleObject(name = "callBack", value = IDEA)))
	IdeaJson changeIdea(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId,
			@RequestBody IdeaChange change) {
		SessionIdea idea = sessions.idea(sessionId, ideaId);
		if (change.version() == null) {
			throw new BusinessRuleViolation("version", "validation.required");
		}
		if (change.text() != null || change.kind() != null || change.touchpointId() != null || change.painId() != null) {
			idea = sessions.editIdea(member, sessionId, ideaId, new IdeaText(Patch.merge(change.text(), idea.text()),
					Patch.merge(change.kind(), idea.kind()), Patch.merge(change.touchpointId(), idea.touchpointId()),
					Patch.merge(change.painId(), idea.painId())), change.version());
		}
		if (change.hidden() != null && change.hidden().isPresent() && change.hidden().get() != idea.isHidden()) {
			idea = sessions.hideIdea(member, sessionId, ideaId, change.hidden().get());
		}
		return IdeaJson.of(idea);
	}

	@PostMapping(path = SESSION_ID + "/ideas/{ideaId}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "mergeSessionIdea", summary = "Merge a duplicate into another idea",
			description = "Facilitator or owner. The idea in the path goes into `targetId`: its authors and votes go over. "
					+ "A participant who voted on both gets the sum, capped at the per-idea limit; the rest returns to "
					+ "their budget.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = MergeRequest.class),
					examples = @ExampleObject(name = "duplicate", value = """
							{"targetId": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e"}"""))))
	@ApiResponse(responseCode = "200", description = "The idea that took the duplicate over",
			content = @Content(schema = @Schema(implementation = IdeaJson.class),
					examples = @ExampleObject(name = "callBack", value = IDEA)))
	IdeaJson merge(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId,
			@RequestBody MergeRequest request) {
		return IdeaJson.of(sessions.mergeIdeas(member, sessionId, ideaId, request.targetId()));
	}

	// --- voting

	@PutMapping(path = SESSION_ID + "/ideas/{ideaId}/votes/me", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "setMyVote", summary = "Set my points on an idea",
			description = "Participants only (403 otherwise). Sets (does not add) the caller's points on the idea in the "
					+ "nomination; 0 takes them back. Idempotent: sending it again changes nothing. Over the caller's "
					+ "budget or the per-idea limit: 422 naming `points`; voting not open: 409.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = VoteRequest.class),
					examples = @ExampleObject(name = "two", value = "{\"nomination\": \"QUICK_WIN\", \"points\": 2}"))))
	@ApiResponse(responseCode = "200", description = "The caller's points on the idea and what is left",
			content = @Content(schema = @Schema(implementation = VoteJson.class),
					examples = @ExampleObject(name = "two", value = VOTE)))
	@ApiResponse(responseCode = "409", description = "Voting is not open",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "closed", value = VOTING_CLOSED)))
	@ApiResponse(responseCode = "422", description = "Over the budget or the per-idea limit",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "overBudget", value = OVER_BUDGET)))
	VoteJson vote(Member member, @PathVariable UUID sessionId, @PathVariable UUID ideaId,
			@RequestBody VoteRequest request) {
		Participant participant = sessions.requireParticipant(member, sessionId);
		if (request.points() == null) {
			throw new BusinessRuleViolation("points", "validation.required");
		}
		return VoteJson.of(sessions.vote(sessionId, ideaId, participant.id(), request.nomination(), request.points()));
	}

	@GetMapping(SESSION_ID + "/votes/me")
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "getMyVotes", summary = "My points",
			description = "Participants only. What the caller has left per nomination and where they put the rest.")
	@ApiResponse(responseCode = "200", description = "The caller's budget and votes",
			content = @Content(schema = @Schema(implementation = MyVotesJson.class),
					examples = @ExampleObject(name = "clinic", value = MY_VOTES)))
	MyVotesJson myVotes(Member member, @PathVariable UUID sessionId) {
		Participant participant = sessions.requireParticipant(member, sessionId);
		return new MyVotesJson(sessions.remaining(sessionId, participant.id()),
				sessions.votesOf(sessionId, participant.id()).stream().map(MyVotesJson.MyVote::of).toList());
	}

	@GetMapping(SESSION_ID + "/results")
	@Requires(Permission.VIEW_SESSIONS)
	@Operation(operationId = "getSessionResults", summary = "Results",
			description = "Per nomination, the shown ideas ranked by points, then by number of voters, then the earlier "
					+ "idea; hidden and merged ideas take no place. The facilitator and owner see live tallies at any "
					+ "time; everyone else only once revealed (403 before). `ballots` names who gave how many points "
					+ "in open voting only; anonymous voting never says who voted.")
	@ApiResponse(responseCode = "200", description = "The ranking",
			content = @Content(schema = @Schema(implementation = SessionResults.class),
					examples = @ExampleObject(name = "clinic", value = RESULTS)))
	@ApiResponse(responseCode = "403", description = "Not revealed yet, or not a member of the company",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM),
					examples = @ExampleObject(name = "notRevealed", value = NOT_REVEALED)))
	SessionResults results(Member member, @PathVariable UUID sessionId) {
		return sessions.resultsFor(member, sessionId);
	}

	@PostMapping(path = SESSION_ID + "/plan-tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.RUN_SESSIONS)
	@Operation(operationId = "createPlanTasksFromSession", summary = "Turn ideas into plan tasks",
			description = "Facilitator or owner, once voting is closed (409 before). Each chosen idea becomes a task of "
					+ "the plan (the company's, not closed, not on approval), quick wins first by their rank in the "
					+ "block «Быстрые победы» (due within a quarter), then important results in «Важные результаты» "
					+ "(due by the end of the plan's year); an idea counts where it got more points. The caller is "
					+ "responsible until someone is named. Every task keeps its origin (session, idea, touchpoint, "
					+ "pain). Ideas the plan has a task for already are skipped, so a repeat adds nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = PlanTasksRequest.class),
					examples = @ExampleObject(name = "top", value = """
							{"planId": "9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f",
							 "ideaIds": ["8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e"]}"""))))
	@ApiResponse(responseCode = "200", description = "The tasks created and the ideas skipped",
			content = @Content(schema = @Schema(implementation = IntakeJson.class),
					examples = @ExampleObject(name = "top", value = INTAKE)))
	IntakeJson toPlan(Member member, @PathVariable UUID sessionId, @RequestBody PlanTasksRequest request) {
		return IntakeJson.of(sessions.toPlan(member, sessionId, request.planId(), request.ideaIds()));
	}

	// --- request bodies

	@Schema(name = "NewSession")
	record NewSessionRequest(@Schema(example = "Стратегическая сессия 2027") String title, UUID journeyId,
			List<UUID> journeyIds, @Schema(example = "5") Integer quickWinBudget,
			@Schema(example = "5") Integer importantBudget, @Schema(example = "3") Integer maxPointsPerIdea,
			Boolean anonymous, UUID facilitatorId, List<String> agenda) {

		NewSession toNewSession() {
			List<UUID> journeys = new ArrayList<>();
			if (journeyId != null) {
				journeys.add(journeyId);
			}
			if (journeyIds != null) {
				journeys.addAll(journeyIds);
			}
			VotingBudget budget = new VotingBudget(required("quickWinBudget", quickWinBudget),
					required("importantBudget", importantBudget), required("maxPointsPerIdea", maxPointsPerIdea));
			return new NewSession(title, journeys, budget, anonymous != null && anonymous, facilitatorId, agenda);
		}
	}

	@Schema(name = "SessionChange")
	record SessionChange(Optional<String> title, Optional<List<UUID>> journeyIds, Optional<Integer> quickWinBudget,
			Optional<Integer> importantBudget, Optional<Integer> maxPointsPerIdea, Optional<Boolean> anonymous,
			Optional<UUID> facilitatorId, Optional<List<String>> agenda, Long version) {
	}

	record AgendaRequest(List<String> stages) {
	}

	record StageRequest(Integer stage) {
	}

	record ParticipantRequest(UUID personId) {
	}

	@Schema(name = "NewSessionIdea")
	record IdeaRequest(String text, IdeaKind kind, UUID touchpointId, UUID painId) {

		IdeaText content() {
			return new IdeaText(text, kind, touchpointId, painId);
		}
	}

	@Schema(name = "SessionIdeaChange")
	record IdeaChange(Optional<String> text, Optional<IdeaKind> kind, Optional<UUID> touchpointId,
			Optional<UUID> painId, Optional<Boolean> hidden, Long version) {
	}

	record MergeRequest(UUID targetId) {
	}

	record VoteRequest(Nomination nomination, Integer points) {
	}

	record PlanTasksRequest(UUID planId, List<UUID> ideaIds) {
	}

	private static int required(String field, Integer value) {
		if (value == null) {
			throw new BusinessRuleViolation(field, "validation.required");
		}
		return value;
	}
}
