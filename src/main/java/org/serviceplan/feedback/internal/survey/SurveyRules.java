package org.serviceplan.feedback.internal.survey;

import java.util.Arrays;
import java.util.List;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * The rules a survey's texts keep. A customer may answer in either language, so every text that is asked at
 * all is asked in both: a question in Russian without its English twin would leave an English page half empty.
 */
final class SurveyRules {

	static final int NAME_MAX = 200;
	static final int QUESTION_MAX = 500;
	static final int THANKS_MAX = 1000;
	static final int CHANNEL_MAX = 40;
	static final int CHOICE_MAX = 100;
	/** Two choices make a question; more than eight stop fitting on a phone screen without scrolling past them. */
	static final int MIN_CHOICES = 2;
	static final int MAX_CHOICES = 8;

	private SurveyRules() {
	}

	static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new BusinessRuleViolation(field, "validation.required");
		}
		return optional(field, value, maxLength);
	}

	static String optional(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw new BusinessRuleViolation(field, "validation.tooLong", maxLength);
		}
		return trimmed;
	}

	/** Both texts or neither; the missing one is the field the error is shown at. */
	static void bothLanguages(String ruField, String ru, String enField, String en) {
		if (ru != null && en == null) {
			throw new BusinessRuleViolation(enField, "survey.rule.bothLanguages");
		}
		if (en != null && ru == null) {
			throw new BusinessRuleViolation(ruField, "survey.rule.bothLanguages");
		}
	}

	/** The choices of a choice question, one a line, blank lines ignored. */
	static List<String> choices(String field, String lines) {
		if (lines == null) {
			return List.of();
		}
		List<String> choices = Arrays.stream(lines.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
			throw new BusinessRuleViolation(field, "survey.rule.choiceCount", MIN_CHOICES, MAX_CHOICES);
		}
		for (String choice : choices) {
			if (choice.length() > CHOICE_MAX) {
				throw new BusinessRuleViolation(field, "validation.tooLong", CHOICE_MAX);
			}
		}
		return choices;
	}

	/** The same choices in both languages, line for line: an answer is stored as the choice's position. */
	static void sameChoiceCount(List<String> ru, List<String> en) {
		if (ru.size() != en.size()) {
			throw new BusinessRuleViolation("extraChoicesEn", "survey.rule.choicesDiffer");
		}
	}
}
