package org.serviceplan.session.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.session.SessionStatus;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.session.VotingState;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Role;

/**
 * A strategic session: its journeys (usually one or more; none for a session on the strategy as a whole), agenda, facilitator, voting rules and the state of the workshop. Ideas,
 * participants and votes are rows of their own (many people write at once); this aggregate says whether the
 * session accepts them now.
 */
@Entity
@Table(name = "strategic_session")
public class StrategicSession extends TenantOwned {

	/** The four stages of seed 001 ("Этапы стратегической сессии"), as message keys of the default agenda. */
	public static final List<String> DEFAULT_AGENDA = List.of("session.agenda.concept", "session.agenda.mapWork",
			"session.agenda.brainstorm", "session.agenda.prioritisation");

	@Id
	private UUID id;
	private String title;
	private UUID facilitatorId;
	@Enumerated(EnumType.STRING)
	private SessionStatus status;
	private int currentStage;
	private boolean brainstormingLocked;
	@Enumerated(EnumType.STRING)
	private VotingState voting;
	private boolean resultsRevealed;
	private int quickWinBudget;
	private int importantBudget;
	private int maxPointsPerIdea;
	private boolean anonymous;
	private String joinCode;
	private String openJoinCode;
	private Instant createdAt;
	private Instant closedAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "session_journey", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	@Column(name = "journey_id")
	private List<UUID> journeyIds = new ArrayList<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "session_agenda_stage", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	@Column(name = "title")
	private List<String> agenda = new ArrayList<>();
	@Version
	private long version;

	protected StrategicSession() {
	}

	public StrategicSession(String title, UUID facilitatorId, List<UUID> journeyIds, List<String> agenda,
			VotingBudget budget, boolean anonymous, String joinCode, Instant now) {
		this.id = UUID.randomUUID();
		this.status = SessionStatus.OPEN;
		this.voting = VotingState.NOT_STARTED;
		this.joinCode = joinCode;
		this.openJoinCode = joinCode;
		this.createdAt = now;
		this.title = Texts.required("title", title, 200);
		this.facilitatorId = facilitatorId;
		onJourneys(journeyIds);
		changeAgenda(agenda);
		applyBudget(budget);
		this.anonymous = anonymous;
	}

	/** Whether the member may run the session: its facilitator, or the company's owner standing in. */
	public boolean isRunBy(Member member) {
		return member.personId().equals(facilitatorId) || member.role() == Role.OWNER;
	}

	/** Facilitator and owner see live tallies; everyone else only once the facilitator revealed them. */
	public boolean showsResultsTo(Member member) {
		return resultsRevealed || isRunBy(member);
	}

	public void describe(String newTitle, List<UUID> newJourneyIds, VotingBudget budget, boolean anonymousVoting,
			UUID newFacilitatorId, Long expectedVersion) {
		StaleRecord.check("session", expectedVersion, version);
		mustBeOpen();
		this.title = Texts.required("title", newTitle, 200);
		onJourneys(newJourneyIds);
		if (!budget().equals(budget) || anonymous != anonymousVoting) {
			// Changing the rules under points already spent would make some budgets overdrawn or unmask voters.
			if (voting != VotingState.NOT_STARTED) {
				throw new BusinessRuleViolation("quickWinBudget", "session.rules.afterVotingStarted");
			}
			applyBudget(budget);
			this.anonymous = anonymousVoting;
		}
		this.facilitatorId = newFacilitatorId;
	}

	public void changeAgenda(List<String> stages) {
		mustBeOpen();
		List<String> cleaned = new ArrayList<>();
		for (int i = 0; i < (stages == null ? 0 : stages.size()); i++) {
			cleaned.add(Texts.required("agenda[" + i + "]", stages.get(i), 200));
		}
		if (cleaned.isEmpty()) {
			throw new BusinessRuleViolation("agenda", "session.agenda.empty");
		}
		this.agenda = cleaned;
		this.currentStage = Math.min(currentStage, cleaned.size() - 1);
	}

	public void moveToStage(int stage) {
		mustBeOpen();
		if (stage < 0 || stage >= agenda.size()) {
			throw new BusinessRuleViolation("stage", "session.agenda.noSuchStage", agenda.size());
		}
		this.currentStage = stage;
	}

	public void lockBrainstorming() {
		mustBeOpen();
		this.brainstormingLocked = true;
	}

	public void reopenBrainstorming() {
		mustBeOpen();
		this.brainstormingLocked = false;
	}

	public void openVoting() {
		mustBeOpen();
		if (voting != VotingState.NOT_STARTED) {
			throw new SessionConflict("session.voting.notStartable");
		}
		this.voting = VotingState.OPEN;
	}

	/** Final: a closed vote never opens again, so the result cannot be changed afterwards. */
	public void closeVoting() {
		mustBeOpen();
		if (voting != VotingState.OPEN) {
			throw new SessionConflict("session.voting.notOpen");
		}
		this.voting = VotingState.CLOSED;
	}

	public void revealResults() {
		mustBeOpen();
		if (voting == VotingState.NOT_STARTED) {
			throw new SessionConflict("session.results.nothingToReveal");
		}
		this.resultsRevealed = true;
	}

	/** Ends the session: voting closes if it was open, and the guest code stops working. */
	public void close(Instant now) {
		mustBeOpen();
		if (voting == VotingState.OPEN) {
			this.voting = VotingState.CLOSED;
		}
		this.status = SessionStatus.CLOSED;
		this.openJoinCode = null;
		this.closedAt = now;
	}

	public void mustBeOpen() {
		if (status == SessionStatus.CLOSED) {
			throw new SessionConflict("session.closed");
		}
	}

	public void mustAcceptIdeas() {
		mustBeOpen();
		if (brainstormingLocked) {
			throw new SessionConflict("session.brainstorming.locked");
		}
	}

	public void mustAcceptVotes() {
		mustBeOpen();
		if (voting != VotingState.OPEN) {
			throw new SessionConflict("session.voting.notOpen");
		}
	}

	private void onJourneys(List<UUID> ids) {
		LinkedHashSet<UUID> distinct = new LinkedHashSet<>(ids == null ? List.of() : ids);
		distinct.remove(null);
		this.journeyIds = new ArrayList<>(distinct);
	}

	private void applyBudget(VotingBudget budget) {
		if (budget.maxPointsPerIdea() > Math.max(budget.quickWinBudget(), budget.importantBudget())) {
			throw new BusinessRuleViolation("maxPointsPerIdea", "session.budget.limitAboveBudget");
		}
		this.quickWinBudget = budget.quickWinBudget();
		this.importantBudget = budget.importantBudget();
		this.maxPointsPerIdea = budget.maxPointsPerIdea();
	}

	public VotingBudget budget() {
		return new VotingBudget(quickWinBudget, importantBudget, maxPointsPerIdea);
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public UUID facilitatorId() {
		return facilitatorId;
	}

	public SessionStatus status() {
		return status;
	}

	public boolean isOpen() {
		return status == SessionStatus.OPEN;
	}

	public int currentStage() {
		return currentStage;
	}

	public List<String> agenda() {
		return List.copyOf(agenda);
	}

	public boolean brainstormingLocked() {
		return brainstormingLocked;
	}

	public VotingState voting() {
		return voting;
	}

	public boolean resultsRevealed() {
		return resultsRevealed;
	}

	public boolean anonymous() {
		return anonymous;
	}

	public List<UUID> journeyIds() {
		return List.copyOf(journeyIds);
	}

	/** The code guests join with; it works only while the session is open. */
	public String joinCode() {
		return joinCode;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public long version() {
		return version;
	}
}
