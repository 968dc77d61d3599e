package org.serviceplan.workspace;

import java.util.Arrays;
import java.util.Optional;

import org.serviceplan.workspace.internal.Department;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.Person;
import org.serviceplan.workspace.internal.Workspace;

/**
 * The kinds of workspace records whose every change is kept (Hibernate Envers audits their entities). The
 * history module reads the trail of {@link #entityClass()} generically: every field but the version and the
 * workspace column, with the record named by its {@code name} field.
 */
public enum RecordType {

	WORKSPACE("workspace", Workspace.class),
	DEPARTMENT("department", Department.class),
	POSITION("position", JobPosition.class),
	PERSON("person", Person.class);

	private final String key;
	private final Class<?> entityClass;

	RecordType(String key, Class<?> entityClass) {
		this.key = key;
		this.entityClass = entityClass;
	}

	/** The name in URLs and the API, and the suffix of its message keys: {@code department}. */
	public String key() {
		return key;
	}

	public Class<?> entityClass() {
		return entityClass;
	}

	/** Whether its rows belong to one workspace; the workspace itself is the only record that does not. */
	public boolean tenantOwned() {
		return this != WORKSPACE;
	}

	/** The kind of record a field of this one refers to by id: a person's {@code departmentId} is a department. */
	public Optional<RecordType> referenceOf(String field) {
		return Optional.ofNullable(switch (this) {
			case DEPARTMENT -> "parentId".equals(field) ? DEPARTMENT : null;
			case PERSON -> switch (field) {
				case "departmentId" -> DEPARTMENT;
				case "positionId" -> POSITION;
				default -> null;
			};
			default -> null;
		});
	}

	public static Optional<RecordType> ofKey(String key) {
		return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
	}
}
