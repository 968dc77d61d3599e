/**
 * Customer feedback: answers (NPS, CSAT, CES) taken one by one or streamed in bulk, roll-ups kept at ingest,
 * and metrics with their sample size, 95% confidence interval and definition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback and metrics",
		allowedDependencies = { "shared", "account", "workspace", "journey", "plan" })
package org.serviceplan.feedback;
