package org.serviceplan.account;

import java.nio.charset.StandardCharsets;

import org.serviceplan.shared.BusinessRuleViolation;

/** What a password must be: long enough to resist guessing, short enough for BCrypt's 72 bytes. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	public static void check(String field, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new BusinessRuleViolation(field, "password.tooShort", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new BusinessRuleViolation(field, "password.tooLong", MAX_BYTES);
		}
		if (password.isBlank()) {
			throw new BusinessRuleViolation(field, "password.blank");
		}
	}
}
