package org.serviceplan.feedback.internal.survey;

/**
 * What a customer sent from the public page, as sent: the score is checked against the survey's metric, the
 * texts are trimmed and limited, an extra choice is the position of the choice.
 */
public record CustomerAnswer(Integer score, String comment, Integer extraChoice, String extraText) {

	static final int TEXT_MAX = 2000;
}
