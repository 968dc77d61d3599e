package org.serviceplan.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or that belongs to another workspace: both look the same to the caller. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
