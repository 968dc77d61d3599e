package org.serviceplan.session.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.serviceplan.session.Nomination;
import org.serviceplan.session.VoteReceipt;
import org.serviceplan.session.VotingBudget;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps on participants, ideas and votes that need the model's package-private methods, each inside the
 * caller's transaction. Voting locks in one order — the session shared, then the participant — so one participant's
 * requests run one after the other while different participants vote side by side.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Votes {

	private final StrategicSessionRepository sessions;
	private final ParticipantRepository participants;
	private final IdeaRepository ideas;
	private final VoteRepository votes;

	Votes(StrategicSessionRepository sessions, ParticipantRepository participants, IdeaRepository ideas, VoteRepository votes) {
		this.sessions = sessions;
		this.participants = participants;
		this.ideas = ideas;
		this.votes = votes;
	}

	/** Sets the participant's points on the idea under the budget rule; see {@link VotingBudget}. */
	public Outcome set(UUID sessionId, UUID ideaId, UUID participantId, Nomination nomination, int points) {
		if (nomination == null) {
			throw new BusinessRuleViolation("nomination", "validation.required");
		}
		StrategicSession session = sessions.sharedForVoting(sessionId)
			.orElseThrow(() -> new RecordNotFound("session", sessionId));
		SessionIdea idea = ideas.findById(ideaId).filter(i -> i.sessionId().equals(sessionId))
			.orElseThrow(() -> new RecordNotFound("idea", ideaId));
		session.mustAcceptVotes();
		Participant participant = participants.lockedForVoting(participantId)
			.filter(p -> p.sessionId().equals(sessionId) && !p.isRemoved())
			.orElseThrow(() -> new NotSessionRunner("session.notParticipant"));
		if (points > 0 && !idea.isShown()) {
			throw new BusinessRuleViolation("ideaId", "session.vote.ideaNotShown");
		}
		VotingBudget budget = session.budget();
		int others = votes.spentOnOtherIdeas(participant.id(), nomination, ideaId);
		budget.check(nomination, points, others);
		Optional<Vote> existing = votes.findByIdeaIdAndParticipantIdAndNomination(ideaId, participant.id(), nomination);
		boolean changed;
		if (points == 0) {
			changed = existing.isPresent();
			existing.ifPresent(votes::delete);
		}
		else if (existing.isPresent()) {
			changed = existing.get().points() != points;
			existing.get().set(points, budget.maxPointsPerIdea());
		}
		else {
			changed = true;
			votes.save(new Vote(sessionId, ideaId, participant.id(), nomination, points, budget.maxPointsPerIdea()));
		}
		votes.flush();
		return new Outcome(session.workspaceId(),
				new VoteReceipt(ideaId, nomination, points, budget.remaining(nomination, others + points)), changed);
	}

	public Participant join(UUID sessionId, UUID personId, Instant now) {
		Optional<Participant> known = participants.findBySessionIdAndPersonId(sessionId, personId);
		known.ifPresent(Participant::rejoin);
		return known.orElseGet(() -> participants.save(Participant.member(sessionId, personId, now)));
	}

	/** Removes the participant and takes back their points; answers the ideas whose tallies changed. */
	public Set<UUID> remove(UUID sessionId, UUID participantId) {
		Participant participant = participants.lockedForVoting(participantId)
			.filter(p -> p.sessionId().equals(sessionId) && !p.isRemoved())
			.orElseThrow(() -> new RecordNotFound("participant", participantId));
		participant.remove();
		List<Vote> theirs = votes.findByParticipantId(participantId);
		Set<UUID> touched = new LinkedHashSet<>();
		theirs.forEach(v -> touched.add(v.ideaId()));
		votes.deleteAll(theirs);
		return touched;
	}

	public SessionIdea edit(SessionIdea idea, SessionIdea.IdeaText content, Long expectedVersion) {
		idea.edit(content, expectedVersion);
		return idea;
	}

	public SessionIdea hide(SessionIdea idea, boolean hidden) {
		if (hidden) {
			idea.hide();
		}
		else {
			idea.show();
		}
		return idea;
	}

	/** See {@link VoteMerge}; the caller holds the session's lock, so no vote runs meanwhile. */
	public void merge(SessionIdea source, SessionIdea target, VotingBudget budget) {
		source.mergeInto(target);
		VoteMerge.merge(votes.findByIdeaId(source.id()), votes.findByIdeaId(target.id()), target.id(), budget,
				votes::delete);
		votes.flush();
	}

	/** A vote's outcome: the receipt for the caller, and whether any tally changed (a repeat changes nothing). */
	public record Outcome(UUID workspaceId, VoteReceipt receipt, boolean changed) {
	}
}
