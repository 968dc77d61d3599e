package org.serviceplan.shared.web;

import java.util.Optional;

/**
 * The rule of the API's PATCH bodies: a field left out keeps its value, a field sent as {@code null} clears
 * it. Such fields are declared {@code Optional}: Jackson gives {@code null} for a missing one
 * ({@code use-null-for-missing-reference-values}) and {@code Optional.empty()} for an explicit null.
 */
public final class Patch {

	private Patch() {
	}

	public static <T> T merge(Optional<T> sent, T current) {
		return sent == null ? current : sent.orElse(null);
	}
}
