package org.serviceplan.shared.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The API's answer to a POST that made a record: 201 with the record and where it lives now. */
public final class Locations {

	private Locations() {
	}

	/** 201 Created; Location is the request's path followed by the new record's id. */
	public static <T> ResponseEntity<T> created(Object id, T body) {
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
		return ResponseEntity.created(location).body(body);
	}
}
