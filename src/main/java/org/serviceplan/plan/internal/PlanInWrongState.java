package org.serviceplan.plan.internal;

import org.serviceplan.plan.PlanStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A lifecycle step or an edit the plan's status does not allow (approving a draft, editing a closed plan). */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanInWrongState extends RuntimeException {

	private final PlanStatus status;
	private final String action;

	public PlanInWrongState(PlanStatus status, String action) {
		super("plan is " + status + ", cannot " + action);
		this.status = status;
		this.action = action;
	}

	public PlanStatus status() {
		return status;
	}

	public String action() {
		return action;
	}
}
