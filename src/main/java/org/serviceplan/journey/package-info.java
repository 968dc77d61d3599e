/** Customer journey maps (ЦКС, seed 001): stages, zones, elements, touchpoints, pains, ideas, barrier matrix, IDEF0. */
@org.springframework.modulith.ApplicationModule(displayName = "Journey maps",
		allowedDependencies = { "shared", "account", "workspace" })
package org.serviceplan.journey;
