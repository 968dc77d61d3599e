package org.serviceplan.workspace.internal;

import java.util.UUID;

import org.serviceplan.workspace.Role;

/** What is said about a person when inviting or editing them. The email is fixed once invited. */
public record PersonDetails(String name, String email, Role role, UUID departmentId, UUID positionId) {
}
