package org.serviceplan.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of business record whose every change is kept (its entity is audited by Hibernate Envers). Each
 * module declares its own as beans; the history module reads them all through {@link RecordTypes}.
 *
 * @param key the name in URLs and the API, and the stem of its message keys: {@code department}
 * @param tenantOwned whether its rows carry a workspace; the workspace itself is the one record that does not
 * @param nameField the field that names a record to people ({@code name}, {@code title})
 * @param references fields that hold the id of another kind of record, by that record type's key
 */
public record RecordType(String key, Class<?> entityClass, boolean tenantOwned, String nameField,
		Map<String, String> references) {

	public RecordType {
		references = Map.copyOf(references);
	}

	public static RecordType of(String key, Class<?> entityClass, String nameField) {
		return new RecordType(key, entityClass, true, nameField, Map.of());
	}

	/** The same type, saying that {@code field} holds the id of a record of type {@code typeKey}. */
	public RecordType referring(String field, String typeKey) {
		Map<String, String> more = new HashMap<>(references);
		more.put(field, typeKey);
		return new RecordType(key, entityClass, tenantOwned, nameField, more);
	}

	public Optional<String> referenceOf(String field) {
		return Optional.ofNullable(references.get(field));
	}
}
