/** Customer journey maps: stages, zones, elements, touchpoints, pains, ideas, IDEF0. */
@org.springframework.modulith.ApplicationModule(displayName = "Journey maps")
package org.serviceplan.journey;
