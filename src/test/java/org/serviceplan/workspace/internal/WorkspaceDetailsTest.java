package org.serviceplan.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.serviceplan.shared.Money;

class WorkspaceDetailsTest {

	@Test
	void defaultsToRoublesAndMoscowTime() {
		WorkspaceDetails details = WorkspaceDetails.named("  Клиника  ");
		assertThat(details.name()).isEqualTo("Клиника");
		assertThat(details.currency()).isEqualTo(Money.RUB);
		assertThat(details.timezone()).isEqualTo(Workspace.DEFAULT_TIMEZONE);
	}

	@Test
	void rejectsAnUnknownTimezoneNamingTheField() {
		assertThatThrownBy(() -> WorkspaceDetails.zone("timezone", "Mars/Olympus"))
			.hasFieldOrPropertyWithValue("field", "timezone")
			.hasFieldOrPropertyWithValue("messageKey", "workspace.timezone.unknown");
	}

	@Test
	void rejectsAnUnknownCurrencyNamingTheField() {
		assertThatThrownBy(() -> WorkspaceDetails.currency("currency", "RUR1"))
			.hasFieldOrPropertyWithValue("field", "currency")
			.hasFieldOrPropertyWithValue("messageKey", "workspace.currency.unknown");
	}

	@Test
	void rejectsAMissingName() {
		assertThatThrownBy(() -> WorkspaceDetails.named(" ")).hasFieldOrPropertyWithValue("field", "name");
	}
}
