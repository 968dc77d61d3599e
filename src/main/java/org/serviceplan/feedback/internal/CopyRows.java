package org.serviceplan.feedback.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, sent in small chunks as they are written,
 * so a batch never becomes one large string in memory. Numbers, ids and instants are written into the chunk
 * directly, and the chunk is encoded into a reused buffer: a million answers should not make gigabytes of short
 * strings. A failure to send surfaces as {@link CopyFailed}.
 */
final class CopyRows implements AutoCloseable {

	private static final int CHUNK = 32 * 1024;

	private static final int MOST_IN_A_ROW = 16 * 1024;

	private final CopyIn copy;
	private final StringBuilder chunk = new StringBuilder(CHUNK + MOST_IN_A_ROW);
	private char[] chars = new char[CHUNK + MOST_IN_A_ROW];
	private ByteBuffer bytes = ByteBuffer.allocate(3 * chars.length);
	private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
		.onMalformedInput(CodingErrorAction.REPLACE)
		.onUnmappableCharacter(CodingErrorAction.REPLACE);
	/* the workspace's, the touchpoints' and the surveys' ids: a few, each written on many rows */
	private final Map<UUID, String> ids = new HashMap<>();

	CopyRows(Connection connection, String target) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
	}

	CopyRows value(Object value) {
		chunk.append(value);
		return this;
	}

	CopyRows number(long value) {
		chunk.append(value);
		return this;
	}

	/** An id, or {@code \N} for none. */
	CopyRows id(UUID id) {
		if (id == null) {
			chunk.append("\\N");
		}
		else {
			chunk.append(ids.size() < 10_000 ? ids.computeIfAbsent(id, UUID::toString) : id.toString());
		}
		return this;
	}

	/** An instant as {@code 2025-03-01 06:30:00.5+00}. */
	CopyRows instant(Instant instant) {
		long seconds = instant.getEpochSecond();
		LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
		if (day.getYear() < 1000 || day.getYear() > 9999) {
			chunk.append(instant);
			return this;
		}
		int ofDay = (int) Math.floorMod(seconds, 86_400);
		chunk.append(day.getYear()).append('-');
		two(day.getMonthValue()).append('-');
		two(day.getDayOfMonth()).append(' ');
		two(ofDay / 3600).append(':');
		two(ofDay / 60 % 60).append(':');
		two(ofDay % 60);
		if (instant.getNano() > 0) {
			String nanos = Integer.toString(1_000_000_000 + instant.getNano());
			chunk.append('.').append(nanos, 1, nanos.length());
		}
		chunk.append("+00");
		return this;
	}

	private StringBuilder two(int value) {
		return chunk.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	CopyRows next() {
		chunk.append('\t');
		return this;
	}

	/** A value that may be absent ({@code \N}) and may hold tabs, line breaks or backslashes. */
	CopyRows text(String value) {
		if (value == null) {
			chunk.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> chunk.append("\\\\");
				case '\t' -> chunk.append("\\t");
				case '\n' -> chunk.append("\\n");
				case '\r' -> chunk.append("\\r");
				default -> chunk.append(c);
			}
		}
		return this;
	}

	void endRow() {
		chunk.append('\n');
		if (chunk.length() >= CHUNK) {
			flush();
		}
	}

	long finish() {
		flush();
		try {
			return copy.endCopy();
		}
		catch (SQLException e) {
			throw new CopyFailed(e);
		}
	}

	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private void flush() {
		int length = chunk.length();
		if (length > chars.length) {
			chars = new char[length];
			bytes = ByteBuffer.allocate(3 * length);
		}
		chunk.getChars(0, length, chars, 0);
		bytes.clear();
		utf8.reset();
		CharBuffer in = CharBuffer.wrap(chars, 0, length);
		utf8.encode(in, bytes, true);
		utf8.flush(bytes);
		try {
			copy.writeToCopy(bytes.array(), 0, bytes.position());
		}
		catch (SQLException e) {
			throw new CopyFailed(e);
		}
		chunk.setLength(0);
	}

	/** Carries the database's refusal out of the row-writing code. */
	static final class CopyFailed extends RuntimeException {

		CopyFailed(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}
	}
}
