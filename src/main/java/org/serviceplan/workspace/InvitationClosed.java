package org.serviceplan.workspace;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An invitation link that was already used or has expired. */
@ResponseStatus(HttpStatus.GONE)
public class InvitationClosed extends RuntimeException {

	public InvitationClosed() {
		super("invitation used or expired");
	}
}
