package org.serviceplan.feedback.internal.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers to a survey's extra question. They are the survey's own (the feedback store keeps metric answers), so
 * they stay here: a choice by its position, so renaming a choice keeps its answers, or a text.
 */
@Component
class SurveyExtraAnswers {

	private final JdbcTemplate jdbc;

	SurveyExtraAnswers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void store(UUID workspaceId, UUID surveyId, Instant answeredAt, Integer choice, String text) {
		jdbc.update("insert into survey_extra_answer (workspace_id, survey_id, answered_at, choice, answer_text) "
				+ "values (?, ?, ?, ?, ?)", workspaceId, surveyId, Timestamp.from(answeredAt), choice, text);
	}

	/** How many customers picked each choice, by position. */
	Map<Integer, Long> choiceCounts(UUID workspaceId, UUID surveyId) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		jdbc.query("select choice, count(*) from survey_extra_answer where workspace_id = ? and survey_id = ? "
				+ "and choice is not null group by choice order by choice", rs -> {
					counts.put(rs.getInt(1), rs.getLong(2));
				}, workspaceId, surveyId);
		return counts;
	}

	/** The latest text answers, newest first. */
	List<String> latestTexts(UUID workspaceId, UUID surveyId, int limit) {
		return jdbc.queryForList("select answer_text from survey_extra_answer where workspace_id = ? and survey_id = ? "
				+ "and answer_text is not null order by answered_at desc, id desc limit " + limit, String.class,
				workspaceId, surveyId);
	}

	/** How many customers picked each choice between two instants (from included, to not), by position. */
	Map<Integer, Long> choiceCounts(UUID workspaceId, UUID surveyId, Instant from, Instant to) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		jdbc.query("select choice, count(*) from survey_extra_answer where workspace_id = ? and survey_id = ? "
				+ "and answered_at >= ? and answered_at < ? and choice is not null group by choice order by choice",
				rs -> {
					counts.put(rs.getInt(1), rs.getLong(2));
				}, workspaceId, surveyId, Timestamp.from(from), Timestamp.from(to));
		return counts;
	}

	/** How many text answers came between two instants (from included, to not). */
	long textCount(UUID workspaceId, UUID surveyId, Instant from, Instant to) {
		return jdbc.queryForObject("select count(*) from survey_extra_answer where workspace_id = ? and survey_id = ? "
				+ "and answered_at >= ? and answered_at < ? and answer_text is not null", Long.class, workspaceId,
				surveyId, Timestamp.from(from), Timestamp.from(to));
	}

	/** Text answers between two instants, newest first, {@code limit} of them after skipping {@code offset}. */
	List<TextAnswer> texts(UUID workspaceId, UUID surveyId, Instant from, Instant to, long offset, int limit) {
		return jdbc.query("select answered_at, answer_text from survey_extra_answer where workspace_id = ? "
				+ "and survey_id = ? and answered_at >= ? and answered_at < ? and answer_text is not null "
				+ "order by answered_at desc, id desc offset " + offset + " rows fetch next " + limit + " rows only",
				(rs, row) -> new TextAnswer(rs.getTimestamp(1).toInstant(), rs.getString(2)), workspaceId, surveyId,
				Timestamp.from(from), Timestamp.from(to));
	}
}
