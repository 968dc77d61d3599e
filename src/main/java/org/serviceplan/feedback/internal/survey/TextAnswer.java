package org.serviceplan.feedback.internal.survey;

import java.time.Instant;

/** A customer's free-text answer to a survey's extra question, and when it was given. */
public record TextAnswer(Instant answeredAt, String text) {
}
