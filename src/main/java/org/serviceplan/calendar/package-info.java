/**
 * Calendar feeds: each member's private, revocable iCalendar (RFC 5545) subscription with the dates of the
 * plans that concern them, read by Google Calendar, Outlook, Apple Calendar or Thunderbird.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "workspace", "plan" })
package org.serviceplan.calendar;
