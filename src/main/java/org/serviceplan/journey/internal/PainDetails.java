package org.serviceplan.journey.internal;

/**
 * What is said about a pain; severity and frequency on a 1–5 scale; a pain without a status is open, one without
 * a source was simply noted on the board.
 */
public record PainDetails(String description, Integer severity, Integer frequency, PainSource source,
		PainStatus status) {
}
