package org.serviceplan.plan;

/** Where a plan is in its life: draft → on approval → approved → active (from its start date) → closed. */
public enum PlanStatus {
	DRAFT, ON_APPROVAL, APPROVED, ACTIVE, CLOSED
}
