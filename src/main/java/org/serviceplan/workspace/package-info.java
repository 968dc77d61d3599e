/**
 * Workspaces (companies), departments, positions, people and their roles, invitations, and the one
 * place where membership and permissions are checked for every workspace route.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account" })
package org.serviceplan.workspace;
