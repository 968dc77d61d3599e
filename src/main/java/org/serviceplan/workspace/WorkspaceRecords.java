package org.serviceplan.workspace;

import java.util.Map;

import org.serviceplan.shared.RecordType;
import org.serviceplan.workspace.internal.Department;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.Person;
import org.serviceplan.workspace.internal.Workspace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The workspace's audited records: the workspace itself, departments, positions, people. */
@Configuration(proxyBeanMethods = false)
public class WorkspaceRecords {

	public static final RecordType WORKSPACE = new RecordType("workspace", Workspace.class, false, "name",
			Map.of());

	@Bean
	@Order(1)
	RecordType workspaceRecord() {
		return WORKSPACE;
	}

	@Bean
	@Order(2)
	RecordType departmentRecord() {
		return RecordType.of("department", Department.class, "name").referring("parentId", "department");
	}

	@Bean
	@Order(3)
	RecordType positionRecord() {
		return RecordType.of("position", JobPosition.class, "name");
	}

	@Bean
	@Order(4)
	RecordType personRecord() {
		return RecordType.of("person", Person.class, "name")
			.referring("departmentId", "department")
			.referring("positionId", "position");
	}
}
