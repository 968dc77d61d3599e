package org.serviceplan.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed out once (tokens, invitation links). Only their SHA-256 is stored: a copy of
 * the database gives no working secret.
 */
public final class SecretCode {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretCode() {
	}

	public static String generate(int bytes) {
		byte[] secret = new byte[bytes];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
