package org.serviceplan.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	@Test
	void rejectsPasswordsShorterThanEightCharacters() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "корот7"))
			.hasFieldOrPropertyWithValue("messageKey", "password.tooShort");
	}

	@Test
	void rejectsPasswordsLongerThanBcryptCanHash() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "пароль".repeat(7)))
			.hasFieldOrPropertyWithValue("messageKey", "password.tooLong");
	}

	@Test
	void rejectsPasswordsMadeOfSpaces() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "          "))
			.hasFieldOrPropertyWithValue("messageKey", "password.blank");
	}

	@Test
	void acceptsARussianPassphrase() {
		assertThatCode(() -> PasswordPolicy.check("password", "зелёный чай")).doesNotThrowAnyException();
	}
}
