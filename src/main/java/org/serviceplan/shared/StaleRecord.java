package org.serviceplan.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone saved the record after the caller read it; saving would overwrite their change. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleRecord extends RuntimeException {

	public StaleRecord(String what, long expected, long actual) {
		super(what + " was changed: version " + actual + ", not " + expected);
	}

	public static void check(String what, Long expected, long actual) {
		if (expected != null && expected != actual) {
			throw new StaleRecord(what, expected, actual);
		}
	}
}
