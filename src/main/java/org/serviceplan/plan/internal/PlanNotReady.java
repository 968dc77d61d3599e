package org.serviceplan.plan.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan sent for approval with a mandatory part missing; carries the checklist that says which. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class PlanNotReady extends RuntimeException {

	private final Readiness readiness;

	public PlanNotReady(Readiness readiness) {
		super("plan is not ready for approval: " + readiness.missingParts());
		this.readiness = readiness;
	}

	public Readiness readiness() {
		return readiness;
	}
}
