package org.serviceplan.feedback.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.serviceplan.feedback.IngestFormat;
import org.serviceplan.feedback.InvalidAnswer;
import org.serviceplan.feedback.NewAnswer;
import org.serviceplan.shared.BusinessRuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads answers one at a time from a request body — NDJSON, a JSON array or CSV with a header row — and hands
 * each good one or each rejected line to a {@link Sink}. Nothing is held beyond the current line, so a body of
 * any size streams through.
 */
final class AnswerParser {

	private static final JsonFactory JSON = new JsonFactory();

	interface Sink {

		void accept(long line, NewAnswer answer);

		void reject(long line, String field, String messageKey, Object... arguments);
	}

	private final UUID workspaceId;
	private final Predicate<UUID> touchpointKnown;
	private final Sink sink;

	AnswerParser(UUID workspaceId, Predicate<UUID> touchpointKnown, Sink sink) {
		this.workspaceId = workspaceId;
		this.touchpointKnown = touchpointKnown;
		this.sink = sink;
	}

	void read(InputStream body, IngestFormat format, Charset charset) throws IOException {
		try (Reader reader = BodyDecoding.reader(body, charset)) {
			switch (format) {
				case NDJSON -> ndjson(reader);
				case JSON_ARRAY -> array(reader);
				case CSV -> csv(reader);
			}
		}
	}

	private void ndjson(Reader reader) throws IOException {
		BufferedReader lines = new BufferedReader(reader, 64 * 1024);
		long number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] raw;
			try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
				if (parser.nextToken() != JsonToken.START_OBJECT) {
					sink.reject(number, null, "feedback.answer.notAnObject");
					continue;
				}
				raw = object(parser);
				if (parser.nextToken() != null) {
					sink.reject(number, null, "feedback.answer.malformedJson");
					continue;
				}
			}
			catch (JacksonException e) {
				sink.reject(number, null, "feedback.answer.malformedJson");
				continue;
			}
			answer(number, raw);
		}
	}

	private void array(Reader reader) {
		long element = 0;
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), reader)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new BusinessRuleViolation(null, "feedback.body.notArray");
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				element++;
				if (token == JsonToken.START_OBJECT) {
					answer(element, object(parser));
				}
				else {
					parser.skipChildren();
					sink.reject(element, null, "feedback.answer.notAnObject");
				}
			}
		}
		catch (JacksonException e) {
			// the rest of a broken document cannot be read; what came before it stays stored
			sink.reject(element + 1, null, "feedback.body.malformedArray");
		}
	}

	/** The object the parser stands at the start of, as texts by field; the parser ends on its END_OBJECT. */
	private static String[] object(JsonParser parser) {
		String[] raw = new String[AnswerField.ALL.length];
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			AnswerField field = AnswerField.named(parser.currentName());
			JsonToken value = parser.nextToken();
			String text = switch (value) {
				case START_OBJECT, START_ARRAY -> {
					parser.skipChildren();
					yield AnswerField.NOT_SCALAR;
				}
				case VALUE_NULL -> null;
				default -> parser.getString();
			};
			if (field != null) {
				raw[field.ordinal()] = text;
			}
		}
		return raw;
	}

	private void csv(Reader body) throws IOException {
		BufferedReader reader = new BufferedReader(body, 64 * 1024);
		reader.mark(64 * 1024);
		String header = reader.readLine();
		reader.reset();
		if (header == null) {
			return;
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(header))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Map<String, Integer> columns = parser.getHeaderMap();
			int[] columnOf = new int[AnswerField.ALL.length];
			Arrays.fill(columnOf, -1);
			columns.forEach((name, index) -> {
				AnswerField field = AnswerField.named(name);
				if (field != null) {
					columnOf[field.ordinal()] = index;
				}
			});
			for (AnswerField required : List.of(AnswerField.METRIC, AnswerField.SCORE, AnswerField.ANSWERED_AT)) {
				if (columnOf[required.ordinal()] < 0) {
					throw new BusinessRuleViolation(required.json, "feedback.csv.missingColumn", required.json);
				}
			}
			long line = 1;
			var records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (java.io.UncheckedIOException | IllegalStateException e) {
					// an unclosed quote swallows the rest of the file: say where it began and stop
					sink.reject(line + 1, null, "feedback.csv.malformed");
					break;
				}
				line = record.getRecordNumber() + 1;
				String[] raw = new String[columnOf.length];
				for (int i = 0; i < columnOf.length; i++) {
					raw[i] = columnOf[i] >= 0 && columnOf[i] < record.size() ? record.get(columnOf[i]) : null;
				}
				// the header is line 1, so the n-th record is line n + 1 (a quoted line break counts as one record)
				answer(line, raw);
			}
		}
	}

	/** Semicolon (Russian Excel), tab or comma, whichever the header row has most of outside quotes. */
	static char delimiter(String header) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			switch (c) {
				case '"' -> quoted = !quoted;
				case ';' -> semicolons += quoted ? 0 : 1;
				case ',' -> commas += quoted ? 0 : 1;
				case '\t' -> tabs += quoted ? 0 : 1;
				default -> {
				}
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	private void answer(long line, String[] raw) {
		NewAnswer answer;
		try {
			answer = AnswerField.answer(workspaceId, raw, touchpointKnown);
		}
		catch (InvalidAnswer e) {
			sink.reject(line, e.field(), e.messageKey(), e.arguments());
			return;
		}
		sink.accept(line, answer);
	}
}
