package org.serviceplan.feedback.internal.survey;

import java.util.Locale;

import org.serviceplan.feedback.Metric;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The standard wording of each metric's question (domain.md §8), in both languages: a new survey starts from it,
 * because a reworded NPS question is no longer comparable with anyone's NPS.
 */
@Component
public class StandardQuestions {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final MessageSource messages;

	StandardQuestions(MessageSource messages) {
		this.messages = messages;
	}

	public SurveyDetails of(Metric metric) {
		String key = "survey.standard." + metric.name();
		return SurveyDetails.standard(null, metric, messages.getMessage(key, null, RUSSIAN),
				messages.getMessage(key, null, Locale.ENGLISH));
	}
}
