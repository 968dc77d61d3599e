package org.serviceplan.account.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTest {

	static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");

	@Test
	void recordsFirstUse() {
		var token = new ApiToken(UUID.randomUUID(), "CRM", "hash", CREATED);

		token.usedAt(CREATED.plusSeconds(5));

		assertThat(token.lastUsedAt()).isEqualTo(CREATED.plusSeconds(5));
	}

	@Test
	void recordsUseToTheMinuteSoCallsInABurstWriteOnce() {
		var token = new ApiToken(UUID.randomUUID(), "CRM", "hash", CREATED);
		token.usedAt(CREATED);

		token.usedAt(CREATED.plusSeconds(30));
		assertThat(token.lastUsedAt()).isEqualTo(CREATED);

		token.usedAt(CREATED.plusSeconds(61));
		assertThat(token.lastUsedAt()).isEqualTo(CREATED.plusSeconds(61));
	}
}
