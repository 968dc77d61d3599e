/**
 * History of business records: who changed what and when, per record and per workspace, read from
 * Hibernate Envers' audit tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "workspace" })
package org.serviceplan.history;
