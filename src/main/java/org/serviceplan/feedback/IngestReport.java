package org.serviceplan.feedback;

import java.util.List;

/**
 * What came of a batch of answers: {@code accepted} good lines, of which {@code duplicates} had an externalId
 * already stored (kept once, not again); the rejected lines with the field and the rule they broke, the first
 * {@code rejected.size()} of {@code rejectedTotal}.
 */
public record IngestReport(long accepted, long duplicates, List<Rejection> rejected, long rejectedTotal) {

	public IngestReport {
		rejected = List.copyOf(rejected);
	}

	public long stored() {
		return accepted - duplicates;
	}

	/**
	 * A line that was skipped: its number (for CSV the file's line, the header being line 1; for a JSON array
	 * the element's position), the field at fault ({@code null} when the line as a whole is unreadable) and
	 * the message in the caller's language.
	 */
	public record Rejection(long line, String field, String message) {
	}
}
