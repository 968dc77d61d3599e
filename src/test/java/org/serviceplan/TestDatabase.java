package org.serviceplan;

import org.springframework.test.context.ActiveProfilesResolver;

/** Chooses the database profile for {@link IntegrationTest}s from {@code serviceplan.test.database}. */
public class TestDatabase implements ActiveProfilesResolver {

	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("serviceplan.test.database"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return postgres() ? new String[] { "test", "postgres-test" } : new String[] { "test" };
	}
}
