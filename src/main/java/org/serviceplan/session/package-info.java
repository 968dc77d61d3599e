/**
 * Strategic sessions (стратегическая сессия, seed 001): a facilitated workshop on journey maps where participants
 * brainstorm ideas under touchpoints and dot-vote them in two nominations; the winners become plan tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategic sessions",
		allowedDependencies = { "shared", "account", "workspace", "journey", "plan" })
package org.serviceplan.session;
