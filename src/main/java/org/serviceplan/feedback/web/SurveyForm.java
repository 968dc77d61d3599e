package org.serviceplan.feedback.web;

import java.util.UUID;

import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.internal.survey.ExtraKind;
import org.serviceplan.feedback.internal.survey.SurveyDetails;

/** The survey form: every text in both languages, the binding, and the version the editor started from. */
record SurveyForm(String name, Metric metric, String questionRu, String questionEn, String commentQuestionRu,
		String commentQuestionEn, ExtraKind extraKind, String extraQuestionRu, String extraQuestionEn,
		String extraChoicesRu, String extraChoicesEn, String thanksRu, String thanksEn, UUID touchpointId,
		String channel, Long version) {

	static SurveyForm of(SurveyDetails d, long version) {
		return new SurveyForm(d.name(), d.metric(), d.questionRu(), d.questionEn(), d.commentQuestionRu(),
				d.commentQuestionEn(), d.extraKind(), d.extraQuestionRu(), d.extraQuestionEn(), d.extraChoicesRu(),
				d.extraChoicesEn(), d.thanksRu(), d.thanksEn(), d.touchpointId(), d.channel(), version);
	}

	SurveyForm withoutVersion() {
		return new SurveyForm(name, metric, questionRu, questionEn, commentQuestionRu, commentQuestionEn, extraKind,
				extraQuestionRu, extraQuestionEn, extraChoicesRu, extraChoicesEn, thanksRu, thanksEn, touchpointId,
				channel, null);
	}

	SurveyDetails details() {
		return new SurveyDetails(name, metric, questionRu, questionEn, commentQuestionRu, commentQuestionEn, extraKind,
				extraQuestionRu, extraQuestionEn, extraChoicesRu, extraChoicesEn, thanksRu, thanksEn, touchpointId,
				channel == null || channel.isBlank() ? null : channel);
	}
}
