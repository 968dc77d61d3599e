package org.serviceplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database profile for {@link IntegrationTest}s from {@code serviceplan.test.database}, and in the
 * PostgreSQL suite first checks that the database answers (see {@link Prerequisite}). Tests tagged
 * {@code postgres} need PostgreSQL whatever the property says.
 */
public class TestDatabase implements ActiveProfilesResolver, ExecutionCondition {

	private static final Prerequisite POSTGRESQL = new Prerequisite("PostgreSQL", TestDatabase::unreachable);

	public static boolean postgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("serviceplan.test.database"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return postgres() ? new String[] { "test", "postgres-test" } : new String[] { "test" };
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (postgres() || context.getTags().contains("postgres")) {
			return POSTGRESQL.evaluate();
		}
		return ConditionEvaluationResult.enabled("H2 in memory");
	}

	/** The PostgreSQL suite's database, as {@code application-postgres-test.yml} resolves it. */
	public static Settings postgresql() {
		try {
			var environment = new StandardEnvironment();
			new YamlPropertySourceLoader().load("postgres-test", new ClassPathResource("application-postgres-test.yml"))
				.forEach(environment.getPropertySources()::addLast);
			return new Settings(environment.getRequiredProperty("spring.datasource.url"),
					environment.getRequiredProperty("spring.datasource.username"),
					environment.getRequiredProperty("spring.datasource.password"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Optional<String> unreachable() {
		Settings db = postgresql();
		var properties = new Properties();
		properties.setProperty("user", db.user());
		properties.setProperty("password", db.password());
		properties.setProperty("connectTimeout", "5");
		try (var connection = DriverManager.getConnection(db.url(), properties)) {
			return Optional.empty();
		}
		catch (SQLException e) {
			return Optional.of("no connection to " + db.url() + " as " + db.user() + " (" + e.getMessage()
					+ "); set SERVICEPLAN_TEST_DATABASE_URL, _USER, _PASSWORD or run .ci/run");
		}
	}

	public record Settings(String url, String user, String password) {
	}
}
