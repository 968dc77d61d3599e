/**
 * Value types and infrastructure used by every module: tenancy, web layout support, error handling.
 * Holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.serviceplan.shared;
