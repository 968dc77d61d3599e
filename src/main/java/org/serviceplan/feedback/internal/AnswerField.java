package org.serviceplan.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.serviceplan.feedback.InvalidAnswer;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.NewAnswer;

/**
 * The fields of an answer in a file or request body, by their contract names, and the one place that turns a
 * line's raw texts into a {@link NewAnswer} — the same rules for NDJSON, JSON and CSV.
 */
enum AnswerField {

	METRIC("metric"), SCORE("score"), ANSWERED_AT("answeredAt"), TOUCHPOINT_ID("touchpointId"), CHANNEL("channel"),
	SEGMENT("segment"), CUSTOMER_REF("customerRef"), COMMENT("comment"), EXTERNAL_ID("externalId");

	/** What a JSON object or array in a field's place is read as: not a text, refused by name. */
	static final String NOT_SCALAR = new String("<object>");

	private static final Map<String, AnswerField> BY_NAME = new HashMap<>();

	static {
		for (AnswerField field : values()) {
			BY_NAME.put(field.json, field);
			BY_NAME.put(field.json.toLowerCase(Locale.ROOT), field);
		}
	}

	final String json;

	AnswerField(String json) {
		this.json = json;
	}

	/** The field of a JSON property or CSV column name (CSV headers in any case); null for others, which are ignored. */
	static AnswerField named(String name) {
		if (name == null) {
			return null;
		}
		AnswerField field = BY_NAME.get(name);
		return field != null ? field : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
	}

	/** The answer a line's texts (indexed by ordinal) make, or {@link InvalidAnswer} for the first field at fault. */
	static NewAnswer answer(UUID workspaceId, String[] raw, Predicate<UUID> touchpointKnown) {
		for (AnswerField field : values()) {
			if (raw[field.ordinal()] == NOT_SCALAR) {
				throw new InvalidAnswer(field.json, "feedback.answer.notText");
			}
		}
		Metric metric = Metric.named(required(METRIC, raw));
		int score = integer(required(SCORE, raw));
		Instant answeredAt = instant(required(ANSWERED_AT, raw));
		UUID touchpoint = touchpoint(raw[TOUCHPOINT_ID.ordinal()], touchpointKnown);
		return new NewAnswer(workspaceId, metric, score, answeredAt, touchpoint, raw[CHANNEL.ordinal()],
				raw[SEGMENT.ordinal()], raw[CUSTOMER_REF.ordinal()], raw[COMMENT.ordinal()],
				raw[EXTERNAL_ID.ordinal()], null);
	}

	private static String required(AnswerField field, String[] raw) {
		String value = raw[field.ordinal()];
		if (value == null || value.isBlank()) {
			throw new InvalidAnswer(field.json, "feedback.answer.required");
		}
		return value.strip();
	}

	private static int integer(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			throw new InvalidAnswer(SCORE.json, "feedback.answer.notInteger", text);
		}
	}

	private static Instant instant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidAnswer(ANSWERED_AT.json, "feedback.answer.notInstant", text);
		}
	}

	private static UUID touchpoint(String text, Predicate<UUID> known) {
		if (text == null || text.isBlank()) {
			return null;
		}
		UUID id;
		try {
			id = UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidAnswer(TOUCHPOINT_ID.json, "feedback.answer.notId", text);
		}
		if (!known.test(id)) {
			throw new InvalidAnswer(TOUCHPOINT_ID.json, "feedback.answer.unknownTouchpoint", id);
		}
		return id;
	}
}
