package org.serviceplan.feedback.internal.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.serviceplan.shared.SecretCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time invitation tokens of a survey: each lets one customer answer once. Only a token's SHA-256 is kept, so
 * the links are shown once, at generation (as a CSV for a mailing). Plain SQL rather than entities: a batch of a
 * thousand tokens is one insert, and using a token is one conditional update, which is what makes it one-time
 * even when two phones submit at the same moment.
 */
@Component
class SurveyInvitations {

	static final int MAX_BATCH = 5000;

	private final JdbcTemplate jdbc;
	private final Clock clock;

	SurveyInvitations(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<String> issue(UUID workspaceId, UUID surveyId, int count) {
		List<String> tokens = new ArrayList<>(count);
		List<Object[]> rows = new ArrayList<>(count);
		Timestamp now = Timestamp.from(clock.instant());
		for (int i = 0; i < count; i++) {
			String token = SecretCode.generate(16);
			tokens.add(token);
			rows.add(new Object[] { UUID.randomUUID(), workspaceId, surveyId, SecretCode.hash(token), now });
		}
		jdbc.batchUpdate("insert into survey_invitation (id, workspace_id, survey_id, token_hash, issued_at) "
				+ "values (?, ?, ?, ?, ?)", rows);
		return tokens;
	}

	InvitationState state(UUID surveyId, String token) {
		List<Boolean> used = jdbc.queryForList("select used_at is not null from survey_invitation "
				+ "where survey_id = ? and token_hash = ?", Boolean.class, surveyId, SecretCode.hash(token));
		if (used.isEmpty()) {
			return InvitationState.UNKNOWN;
		}
		return used.get(0) ? InvitationState.USED : InvitationState.OPEN;
	}

	/** Marks the token used; false when it was used already or never issued for this survey. */
	boolean use(UUID surveyId, String token) {
		return jdbc.update("update survey_invitation set used_at = ? where survey_id = ? and token_hash = ? "
				+ "and used_at is null", Timestamp.from(clock.instant()), surveyId, SecretCode.hash(token)) == 1;
	}

	Counts counts(UUID workspaceId, UUID surveyId) {
		return jdbc.queryForObject("select count(*), count(used_at) from survey_invitation "
				+ "where workspace_id = ? and survey_id = ?",
				(rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)), workspaceId, surveyId);
	}

	/** Tokens issued for a survey and how many of them have been used. */
	public record Counts(long issued, long used) {
	}
}
