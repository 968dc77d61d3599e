package org.serviceplan.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.VotingBudget;

class VoteMergeTest {

	final UUID session = UUID.randomUUID();
	final UUID source = UUID.randomUUID();
	final UUID target = UUID.randomUUID();
	final UUID anna = UUID.randomUUID();
	final UUID boris = UUID.randomUUID();
	final VotingBudget budget = new VotingBudget(10, 10, 3);

	@Test
	void votesOnlyOnTheDuplicateMoveToTheMergedIdea() {
		Vote annas = new Vote(session, source, anna, Nomination.QUICK_WIN, 2, 3);
		List<Vote> deleted = new ArrayList<>();
		VoteMerge.merge(List.of(annas), List.of(), target, budget, deleted::add);
		assertThat(annas.ideaId()).isEqualTo(target);
		assertThat(annas.points()).isEqualTo(2);
		assertThat(deleted).isEmpty();
	}

	@Test
	void votesOnBothIdeasAreSummedAndCappedAndTheRestReturnsToTheBudget() {
		Vote onSource = new Vote(session, source, anna, Nomination.QUICK_WIN, 2, 3);
		Vote onTarget = new Vote(session, target, anna, Nomination.QUICK_WIN, 2, 3);
		List<Vote> deleted = new ArrayList<>();
		VoteMerge.merge(List.of(onSource), List.of(onTarget), target, budget, deleted::add);
		assertThat(onTarget.points()).as("2 + 2 capped at the limit of 3").isEqualTo(3);
		assertThat(deleted).containsExactly(onSource);
		assertThat(budget.remaining(Nomination.QUICK_WIN, onTarget.points())).as("one point back").isEqualTo(7);
	}

	@Test
	void nominationsAndParticipantsAreMergedSeparately() {
		Vote annaQuick = new Vote(session, source, anna, Nomination.QUICK_WIN, 1, 3);
		Vote annaImportantOnTarget = new Vote(session, target, anna, Nomination.IMPORTANT, 1, 3);
		Vote borisQuick = new Vote(session, source, boris, Nomination.QUICK_WIN, 1, 3);
		Vote borisQuickOnTarget = new Vote(session, target, boris, Nomination.QUICK_WIN, 1, 3);
		List<Vote> deleted = new ArrayList<>();
		VoteMerge.merge(List.of(annaQuick, borisQuick), List.of(annaImportantOnTarget, borisQuickOnTarget), target,
				budget, deleted::add);
		assertThat(annaQuick.ideaId()).isEqualTo(target);
		assertThat(annaImportantOnTarget.points()).isEqualTo(1);
		assertThat(borisQuickOnTarget.points()).isEqualTo(2);
		assertThat(deleted).containsExactly(borisQuick);
	}
}
