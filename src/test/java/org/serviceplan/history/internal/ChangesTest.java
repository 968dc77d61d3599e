package org.serviceplan.history.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.serviceplan.workspace.Role;

class ChangesTest {

	private static final UUID RECEPTION = UUID.randomUUID();

	@Test
	void listsOnlyTheFieldsThatChangedWithOldAndNewValue() {
		var before = person("Анна", Role.EMPLOYEE, RECEPTION);
		var after = person("Анна", Role.AUDITOR, RECEPTION);

		assertThat(Changes.between(before, after))
			.containsExactly(new FieldChange("role", Role.EMPLOYEE, Role.AUDITOR));
	}

	@Test
	void aNewRecordListsEveryFieldItWasGiven() {
		var created = person("Анна", Role.EMPLOYEE, null);

		assertThat(Changes.between(null, created)).containsExactly(new FieldChange("name", null, "Анна"),
				new FieldChange("role", null, Role.EMPLOYEE));
	}

	@Test
	void aClearedFieldGoesFromItsValueToNothing() {
		assertThat(Changes.between(person("Анна", Role.EMPLOYEE, RECEPTION), person("Анна", Role.EMPLOYEE, null)))
			.containsExactly(new FieldChange("departmentId", RECEPTION, null));
	}

	@Test
	void anEmptyTextAndNoTextAreNoChange() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("industry", null);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("industry", " ");

		assertThat(Changes.between(before, after)).isEmpty();
	}

	@Test
	void keepsTheOrderOfTheRecordsFields() {
		var before = person("Анна", Role.EMPLOYEE, null);
		var after = person("Анна Смирнова", Role.AUDITOR, RECEPTION);

		assertThat(Changes.between(before, after)).extracting(FieldChange::field)
			.containsExactly("name", "role", "departmentId");
	}

	private static Map<String, Object> person(String name, Role role, UUID departmentId) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("role", role);
		fields.put("departmentId", departmentId);
		return fields;
	}
}
