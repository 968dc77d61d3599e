package org.serviceplan.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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

	/** Read once: {@code values()} copies the array on every call, and it is called for every line. */
	static final AnswerField[] ALL = values();

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
		for (AnswerField field : ALL) {
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
		Instant common = commonForm(text);
		if (common != null) {
			return common;
		}
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

	/**
	 * The form nearly every export uses — {@code 2025-03-01T09:30:00+03:00}, {@code ...Z}, with or without a
	 * fraction of a second — read without the general parser, which builds several maps and objects per value and
	 * dominated the garbage of a large import. Null for any other form, which the general parser then reads or
	 * refuses: the result is always what {@link OffsetDateTime#parse} gives.
	 */
	static Instant commonForm(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
				|| minute > 59 || second < 0 || second > 59) {
			return null;
		}
		int at = 19;
		int nanos = 0;
		if (text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
				at++;
			}
			int places = at - start;
			if (places == 0 || places > 9) {
				return null;
			}
			nanos = digits(text, start, places);
			for (int i = places; i < 9; i++) {
				nanos *= 10;
			}
		}
		if (at >= length) {
			return null;
		}
		int offset;
		char sign = text.charAt(at);
		if (sign == 'Z' && at + 1 == length) {
			offset = 0;
		}
		else if ((sign == '+' || sign == '-') && at + 6 == length && text.charAt(at + 3) == ':') {
			int hours = digits(text, at + 1, 2);
			int minutes = digits(text, at + 4, 2);
			if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || (hours == 18 && minutes > 0)) {
				return null;
			}
			offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
		}
		else {
			return null;
		}
		if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos);
	}

	/** The ASCII digits from {@code start} as a number, or -1 when one of them is not a digit. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
