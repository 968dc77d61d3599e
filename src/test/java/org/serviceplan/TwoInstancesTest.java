package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serviceplan.account.Accounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app in production configuration (profile {@code postgres}) behind an imagined load
 * balancer, sharing one PostgreSQL: a session begun on one continues on the other, and ends on both.
 */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class TwoInstancesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");
	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	static ConfigurableApplicationContext a;
	static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstances() {
		TestDatabase.Settings db = TestDatabase.postgresql();
		FreshSchema.wipeOnce(Flyway.configure().dataSource(db.url(), db.user(), db.password()).cleanDisabled(false).load());
		a = start("a", db);
		b = start("b", db);
	}

	@AfterAll
	static void stop() {
		for (var instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void aSessionBegunOnOneInstanceContinuesAndEndsOnTheOther() throws Exception {
		String email = "two-instances-" + UUID.randomUUID() + "@test.serviceplan";
		a.getBean(Accounts.class).register(email, "Пользователь Двух Серверов", TestCompanies.PASSWORD, Locale.ENGLISH);

		HttpResponse<String> loginPage = get(a, "/login", null);
		HttpResponse<String> login = post(a, "/login", session(loginPage),
				Map.of("email", email, "password", TestCompanies.PASSWORD, "_csrf", csrf(loginPage)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(location(login)).doesNotContain("/login");
		String session = session(login);

		HttpResponse<String> onB = get(b, "/workspaces", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Пользователь Двух Серверов").contains("lang=\"en\"");

		HttpResponse<String> logout = post(b, "/logout", session, Map.of("_csrf", csrf(onB)));
		assertThat(location(logout)).endsWith("/login?logout");

		HttpResponse<String> backOnA = get(a, "/workspaces", session);
		assertThat(backOnA.statusCode()).isEqualTo(302);
		assertThat(location(backOnA)).endsWith("/login");
	}

	private static ConfigurableApplicationContext start(String name, TestDatabase.Settings db) {
		// Command-line arguments outrank the environment, so a developer's own DATABASE_URL is never touched.
		return new SpringApplicationBuilder(ServicePlanApplication.class).profiles("postgres")
			.run("--server.port=0", "--serviceplan.demo=false", "--spring.main.banner-mode=off",
					"--server.tomcat.basedir=target/tomcat-" + name, "--DATABASE_URL=" + db.url(),
					"--DATABASE_USER=" + db.user(), "--DATABASE_PASSWORD=" + db.password());
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
			throws IOException, InterruptedException {
		return http.send(request(instance, path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session,
			Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(request(instance, path, session).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path, String session) {
		int port = instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return session == null ? request : request.header("Cookie", "SESSION=" + session);
	}

	/** The session cookie the response sets. */
	private static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.flatMap(header -> HttpCookie.parse(header).stream())
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
	}

	private static String csrf(HttpResponse<String> page) {
		var token = CSRF.matcher(page.body());
		assertThat(token.find()).as("CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
