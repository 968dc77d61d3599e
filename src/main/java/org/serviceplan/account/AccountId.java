package org.serviceplan.account;

import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
