package org.serviceplan.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, sent in small chunks as they are written,
 * so a batch never becomes one large string in memory. A failure to send surfaces as {@link CopyFailed}.
 */
final class CopyRows implements AutoCloseable {

	private static final int CHUNK = 32 * 1024;

	private final CopyIn copy;
	private final StringBuilder chunk = new StringBuilder(CHUNK + 4 * 1024);

	CopyRows(Connection connection, String target) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
	}

	CopyRows value(Object value) {
		chunk.append(value);
		return this;
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
		byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
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
