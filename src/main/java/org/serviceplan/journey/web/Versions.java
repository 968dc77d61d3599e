package org.serviceplan.journey.web;

import org.serviceplan.shared.BusinessRuleViolation;

/** Every change of a journey map names the version it was made on, so a concurrent edit is refused, not lost. */
final class Versions {

	private Versions() {
	}

	static Long required(Long version) {
		if (version == null) {
			throw new BusinessRuleViolation("version", "validation.required");
		}
		return version;
	}
}
