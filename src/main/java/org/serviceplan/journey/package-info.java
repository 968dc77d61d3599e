/**
 * Customer journey maps (карта клиентского пути, ЦКС — seed 001): journeys with their stages, zones, elements and
 * touchpoints, pains and ideas per touchpoint, the barrier matrix and IDEF0 — where diagnosis happens and what
 * later steps point back to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey maps",
		allowedDependencies = { "shared", "account", "workspace" })
package org.serviceplan.journey;
