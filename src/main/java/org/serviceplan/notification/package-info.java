/**
 * Notifications: the inbox, e-mail and (later) reminders. Other modules publish application events; this
 * module listens and is never called from their business code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "workspace", "plan" })
package org.serviceplan.notification;
