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
}
