package org.serviceplan;

import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Something outside the JVM that a part of the suite needs (PostgreSQL, Chromium). Where it is missing, that
 * part is skipped and says so in one line on the build's console; with {@code CI=true} every test that needs
 * it fails instead, so a CI machine can never go green without running it.
 */
final class Prerequisite {

	private final String suite;
	private final Supplier<Optional<String>> check;
	private Optional<String> missing;
	private boolean announced;

	/** @param check tells why the prerequisite is unusable, or nothing when it is there */
	Prerequisite(String suite, Supplier<Optional<String>> check) {
		this.suite = suite;
		this.check = check;
	}

	synchronized ConditionEvaluationResult evaluate() {
		if (missing == null) {
			missing = check.get();
		}
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled(suite + " suite: prerequisites present");
		}
		String reason = suite + " suite skipped: " + missing.get();
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(suite + " suite cannot run and CI=true requires it: " + missing.get());
		}
		if (!announced) {
			announced = true;
			System.out.println("[SKIPPED] " + reason + " (with CI=true this fails the build)");
		}
		return ConditionEvaluationResult.disabled(reason);
	}
}
