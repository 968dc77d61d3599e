package org.serviceplan.feedback.internal.survey;

import java.util.UUID;

import org.serviceplan.feedback.Metric;

/**
 * What a survey asks and where it is bound, as staff describe it. Every customer-facing text comes in Russian and
 * English: the customer picks the language on the page. Choices of the extra question are one a line.
 */
public record SurveyDetails(String name, Metric metric, String questionRu, String questionEn,
		String commentQuestionRu, String commentQuestionEn, ExtraKind extraKind, String extraQuestionRu,
		String extraQuestionEn, String extraChoicesRu, String extraChoicesEn, String thanksRu, String thanksEn,
		UUID touchpointId, String channel) {

	/** A survey of the metric with its standard question and nothing else, as a starting point. */
	public static SurveyDetails standard(String name, Metric metric, String questionRu, String questionEn) {
		return new SurveyDetails(name, metric, questionRu, questionEn, null, null, ExtraKind.NONE, null, null, null,
				null, null, null, null, null);
	}

	public SurveyDetails boundTo(UUID touchpoint, String channelName) {
		return new SurveyDetails(name, metric, questionRu, questionEn, commentQuestionRu, commentQuestionEn,
				extraKind, extraQuestionRu, extraQuestionEn, extraChoicesRu, extraChoicesEn, thanksRu, thanksEn,
				touchpoint, channelName);
	}

	public SurveyDetails withComment(String ru, String en) {
		return new SurveyDetails(name, metric, questionRu, questionEn, ru, en, extraKind, extraQuestionRu,
				extraQuestionEn, extraChoicesRu, extraChoicesEn, thanksRu, thanksEn, touchpointId, channel);
	}

	public SurveyDetails withExtra(ExtraKind kind, String ru, String en, String choicesRu, String choicesEn) {
		return new SurveyDetails(name, metric, questionRu, questionEn, commentQuestionRu, commentQuestionEn, kind, ru,
				en, choicesRu, choicesEn, thanksRu, thanksEn, touchpointId, channel);
	}

	public SurveyDetails withThanks(String ru, String en) {
		return new SurveyDetails(name, metric, questionRu, questionEn, commentQuestionRu, commentQuestionEn,
				extraKind, extraQuestionRu, extraQuestionEn, extraChoicesRu, extraChoicesEn, ru, en, touchpointId,
				channel);
	}
}
