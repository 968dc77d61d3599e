package org.serviceplan.session.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The short code guests type to join a session: six characters without the ones people misread on a projector
 * (0/O, 1/I/L), case-insensitive. Uniqueness among open sessions is the database's job.
 */
public final class JoinCode {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
	static final int LENGTH = 6;
	private static final SecureRandom RANDOM = new SecureRandom();

	private JoinCode() {
	}

	public static String generateCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as stored: upper case, spaces and dashes people type between groups dropped. */
	public static String normalize(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}
}
