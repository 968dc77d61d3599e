package org.serviceplan.session.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.serviceplan.plan.PlanTaskIntake.Intake;
import org.serviceplan.plan.PlanTaskIntake.OriginTask;
import org.serviceplan.plan.TaskOrigin;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.SessionStatus;
import org.serviceplan.session.VoteReceipt;
import org.serviceplan.session.VotingState;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.session.internal.Vote;

/** The records the session API answers with. */
final class SessionJsons {

	private SessionJsons() {
	}

	@Schema(name = "StrategicSession", description = "A strategic session: its journeys, agenda, voting rules and state")
	record SessionJson(UUID id, @Schema(example = "Стратегическая сессия 2027") String title, List<UUID> journeyIds,
			@Schema(description = "The stages of the workshop, in order") List<String> agenda,
			@Schema(description = "Index into agenda of the stage the session is at") int currentStage,
			UUID facilitatorId, SessionStatus status, boolean brainstormingLocked, VotingState voting,
			boolean resultsRevealed, int quickWinBudget, int importantBudget, int maxPointsPerIdea, boolean anonymous,
			@Schema(description = "The code guests join with while the session is open", example = "K7MXQ4") String joinCode,
			Instant createdAt, Instant closedAt, long version) {

		static SessionJson of(StrategicSession s) {
			return new SessionJson(s.id(), s.title(), s.journeyIds(), s.agenda(), s.currentStage(), s.facilitatorId(),
					s.status(), s.brainstormingLocked(), s.voting(), s.resultsRevealed(), s.budget().quickWinBudget(),
					s.budget().importantBudget(), s.budget().maxPointsPerIdea(), s.anonymous(),
					s.isOpen() ? s.joinCode() : null, s.createdAt(), s.closedAt(), s.version());
		}
	}

	@Schema(name = "SessionIdea", description = "An idea on the session's board")
	record IdeaJson(UUID id, @Schema(example = "Перезванивать пропущенным за 15 минут") String text, IdeaKind kind,
			UUID touchpointId, UUID painId, UUID authorId,
			@Schema(description = "The author and the authors of ideas merged into this one") Set<UUID> authorIds,
			boolean hidden, @Schema(description = "The idea this one was merged into") UUID mergedInto,
			Instant createdAt, long version) {

		static IdeaJson of(SessionIdea idea) {
			return new IdeaJson(idea.id(), idea.text(), idea.kind(), idea.touchpointId(), idea.painId(),
					idea.authorId(), idea.authorIds(), idea.isHidden(), idea.mergedInto(), idea.createdAt(),
					idea.version());
		}
	}

	@Schema(name = "SessionVote", description = "The caller's points on an idea and what is left in the nomination")
	record VoteJson(UUID ideaId, Nomination nomination, int points, int remaining) {

		static VoteJson of(VoteReceipt receipt) {
			return new VoteJson(receipt.ideaId(), receipt.nomination(), receipt.points(), receipt.remaining());
		}
	}

	@Schema(name = "MyVotes", description = "The caller's points left per nomination and where they put the rest")
	record MyVotesJson(Map<Nomination, Integer> remaining, List<MyVote> votes) {

		record MyVote(UUID ideaId, Nomination nomination, int points) {

			static MyVote of(Vote vote) {
				return new MyVote(vote.ideaId(), vote.nomination(), vote.points());
			}
		}
	}

	@Schema(name = "PlanTasksFromSession", description = "Tasks created in the plan, and ideas it already had")
	record IntakeJson(UUID planId, List<CreatedTask> created, List<UUID> skippedIdeaIds) {

		static IntakeJson of(Intake intake) {
			return new IntakeJson(intake.planId(), intake.created().stream().map(CreatedTask::of).toList(),
					intake.skipped().stream().map(TaskOrigin::ideaId).toList());
		}

		record CreatedTask(UUID taskId, String title, String block, UUID ideaId, UUID touchpointId, UUID painId) {

			static CreatedTask of(OriginTask task) {
				return new CreatedTask(task.taskId(), task.taskTitle(), task.block(), task.origin().ideaId(),
						task.origin().touchpointId(), task.origin().painId());
			}
		}
	}
}
