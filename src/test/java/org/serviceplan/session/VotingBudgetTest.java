package org.serviceplan.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.serviceplan.shared.BusinessRuleViolation;

class VotingBudgetTest {

	final VotingBudget budget = new VotingBudget(5, 3, 2);

	@Test
	void acceptsPointsWithinBudgetAndLimit() {
		budget.check(Nomination.QUICK_WIN, 2, 3);
		budget.check(Nomination.IMPORTANT, 1, 2);
		budget.check(Nomination.IMPORTANT, 0, 3);
	}

	@Test
	void rejectsVoteOverBudget() {
		assertThatThrownBy(() -> budget.check(Nomination.QUICK_WIN, 2, 4))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("points");
				assertThat(e.messageKey()).isEqualTo("session.vote.overBudget");
				assertThat(e.arguments()).containsExactly(5, 1);
			});
	}

	@Test
	void eachNominationHasItsOwnBudget() {
		budget.check(Nomination.QUICK_WIN, 2, 3);
		assertThatThrownBy(() -> budget.check(Nomination.IMPORTANT, 2, 2))
			.hasMessageContaining("session.vote.overBudget");
	}

	@Test
	void rejectsVoteOverPerIdeaLimit() {
		assertThatThrownBy(() -> budget.check(Nomination.QUICK_WIN, 3, 0))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo("points");
				assertThat(e.messageKey()).isEqualTo("session.vote.overIdeaLimit");
				assertThat(e.arguments()).containsExactly(2);
			});
	}

	@Test
	void rejectsNegativePoints() {
		assertThatThrownBy(() -> budget.check(Nomination.QUICK_WIN, -1, 0)).hasMessageContaining("session.vote.negative");
	}

	@Test
	void remainingNeverGoesBelowZero() {
		assertThat(budget.remaining(Nomination.QUICK_WIN, 3)).isEqualTo(2);
		assertThat(budget.remaining(Nomination.IMPORTANT, 7)).isZero();
	}

	@Test
	void mergedPointsAreSummedAndCappedAtTheLimit() {
		assertThat(budget.merged(1, 1)).isEqualTo(2);
		assertThat(budget.merged(2, 1)).isEqualTo(2);
	}

	@Test
	void rejectsBudgetsOutsideOneToAHundred() {
		assertThatThrownBy(() -> new VotingBudget(0, 3, 1)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				e -> assertThat(e.field()).isEqualTo("quickWinBudget"));
		assertThatThrownBy(() -> new VotingBudget(3, 3, 101)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				e -> assertThat(e.field()).isEqualTo("maxPointsPerIdea"));
	}
}
