package org.serviceplan.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * One customer's answer as it arrives, from the public survey page, a file or an integration. Refuses a score
 * off its metric's scale and texts longer than their columns, naming the field.
 *
 * @param touchpointId the journey touchpoint the answer is about, if any; it must belong to the workspace
 * @param externalId the sender's id of the answer: the same one twice is stored once (retries are safe)
 * @param surveyId the survey that collected the answer, if any
 */
public record NewAnswer(UUID workspaceId, Metric metric, int score, Instant answeredAt, UUID touchpointId,
		String channel, String segment, String customerRef, String comment, String externalId, UUID surveyId) {

	public static final int MAX_CHANNEL = 40;
	public static final int MAX_SEGMENT = 100;
	public static final int MAX_CUSTOMER_REF = 200;
	public static final int MAX_COMMENT = 4000;
	public static final int MAX_EXTERNAL_ID = 200;

	public NewAnswer {
		if (workspaceId == null) {
			throw new InvalidAnswer("workspaceId", "feedback.answer.required");
		}
		if (metric == null) {
			throw new InvalidAnswer("metric", "feedback.answer.required");
		}
		metric.checked(score);
		if (answeredAt == null) {
			throw new InvalidAnswer("answeredAt", "feedback.answer.required");
		}
		channel = text("channel", channel, MAX_CHANNEL);
		segment = text("segment", segment, MAX_SEGMENT);
		customerRef = text("customerRef", customerRef, MAX_CUSTOMER_REF);
		comment = text("comment", comment, MAX_COMMENT);
		externalId = text("externalId", externalId, MAX_EXTERNAL_ID);
	}

	/** An answer with only what a survey page always has. */
	public static NewAnswer of(UUID workspaceId, Metric metric, int score, Instant answeredAt) {
		return new NewAnswer(workspaceId, metric, score, answeredAt, null, null, null, null, null, null, null);
	}

	public NewAnswer atTouchpoint(UUID touchpoint) {
		return new NewAnswer(workspaceId, metric, score, answeredAt, touchpoint, channel, segment, customerRef, comment,
				externalId, surveyId);
	}

	public NewAnswer from(String channelName, String segmentName) {
		return new NewAnswer(workspaceId, metric, score, answeredAt, touchpointId, channelName, segmentName,
				customerRef, comment, externalId, surveyId);
	}

	public NewAnswer saying(String text) {
		return new NewAnswer(workspaceId, metric, score, answeredAt, touchpointId, channel, segment, customerRef, text,
				externalId, surveyId);
	}

	public NewAnswer identifiedAs(String id) {
		return new NewAnswer(workspaceId, metric, score, answeredAt, touchpointId, channel, segment, customerRef,
				comment, id, surveyId);
	}

	public NewAnswer bySurvey(UUID survey) {
		return new NewAnswer(workspaceId, metric, score, answeredAt, touchpointId, channel, segment, customerRef,
				comment, externalId, survey);
	}

	/** Blank means absent; surrounding spaces are dropped, so "  " and "" do not make separate slices. */
	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidAnswer(field, "feedback.answer.tooLong", max);
		}
		return stripped;
	}
}
