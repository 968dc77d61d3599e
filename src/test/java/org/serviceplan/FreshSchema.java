package org.serviceplan;

import java.util.concurrent.atomic.AtomicBoolean;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * The PostgreSQL suite wipes its database before the first migration in a test JVM, so a run never sees rows
 * of an earlier run or a schema left by another branch. Later contexts in the same run only migrate.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("postgres-test")
public class FreshSchema {

	private static final AtomicBoolean wiped = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy wipeOnceThenMigrate() {
		return flyway -> {
			wipeOnce(flyway);
			flyway.migrate();
		};
	}

	/** Cleans the schema the first time it is called in this JVM; {@code flyway} must allow cleaning. */
	public static void wipeOnce(Flyway flyway) {
		if (wiped.compareAndSet(false, true)) {
			flyway.clean();
		}
	}
}
