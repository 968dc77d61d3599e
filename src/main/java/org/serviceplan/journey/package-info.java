/**
 * Customer journey maps (карта клиентского пути, ЦКС — seed 001): journeys with their stages, zones, elements and
 * touchpoints, pains and ideas per touchpoint — where diagnosis happens and what later steps point back to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "workspace" })
package org.serviceplan.journey;
