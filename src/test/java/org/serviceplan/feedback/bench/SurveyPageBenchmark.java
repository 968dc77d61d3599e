package org.serviceplan.feedback.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Load test of the public survey page (issue 7: at least 1,000 requests/s with p99 under 50 ms on a 2-core
 * machine, on loopback). Starts the whole app on a real port with the demo clinic on its own in-memory H2,
 * warms it up, then runs {@code wrk} against the demo survey: a GET run (the page a QR code opens) and a short
 * POST run (answers, each a transaction through the feedback store). Not a test: its name keeps it out of
 * {@code ./mvnw verify}; {@code bench/survey-page.sh} runs it; it prints the figures and asserts nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = { "server.port=${bench.port:18090}",
		"serviceplan.demo=true", "serviceplan.survey.rate-limit=100000000", "spring.thymeleaf.cache=true",
		"server.tomcat.basedir=target/tomcat-bench", "logging.level.root=warn",
		"spring.datasource.url=jdbc:h2:mem:bench-survey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SurveyPageBenchmark {

	static final int PORT = Integer.getInteger("bench.port", 18090);
	static final int SECONDS = Integer.getInteger("bench.seconds", 30);
	static final int POST_SECONDS = Integer.getInteger("bench.postSeconds", 10);
	/** Open connections (people answering at once); wrk's threads share the two cores with the server. */
	static final String CONNECTIONS = "-c" + Integer.getInteger("bench.connections", 50);
	static final String THREADS = "-t" + Integer.getInteger("bench.threads", 2);
	static final String URL = "http://127.0.0.1:" + PORT + "/f/klinika-nps";

	@Test
	void servesTheAnswerPageUnderLoad() throws Exception {
		wrk(THREADS, CONNECTIONS, "-d10s", URL);
		long cpu = cpuNanos();
		report("GET ", wrk(THREADS, CONNECTIONS, "-d" + SECONDS + "s", "--latency", URL), cpuNanos() - cpu);
		Path script = Files.createTempFile("survey-post", ".lua");
		Files.writeString(script, """
				wrk.method = "POST"
				wrk.body = "score=9&lang=ru&comment=bench"
				wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
				""");
		cpu = cpuNanos();
		report("POST", wrk(THREADS, CONNECTIONS, "-d" + POST_SECONDS + "s", "--latency", "-s", script.toString(), URL),
				cpuNanos() - cpu);
		Files.delete(script);
	}

	private static String wrk(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk"));
		command.addAll(List.of(arguments));
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		return String.join(" ", command) + "\n" + out;
	}

	/**
	 * Prints wrk's figures and the server's CPU time per request: on a machine busy with other work the rate
	 * says little, while CPU per request tells what one free core would serve.
	 */
	private static void report(String what, String wrkOutput, long serverCpuNanos) {
		System.out.println(wrkOutput);
		String requests = find(wrkOutput, "(\\d+) requests in");
		double cpuMillis = requests.equals("?") ? Double.NaN : serverCpuNanos / 1e6 / Long.parseLong(requests);
		System.out.printf("Survey page %s %s: %s requests/s, p99 %s, non-2xx/3xx answers %s; server CPU %.3f ms a "
				+ "request (%.0f requests/s per free core)%n", what, URL, find(wrkOutput, "Requests/sec:\\s+(\\S+)"),
				find(wrkOutput, "\\n\\s+99%\\s+(\\S+)"),
				find(wrkOutput, "Non-2xx or 3xx responses:\\s+(\\d+)").replace("?", "0"), cpuMillis, 1000 / cpuMillis);
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? matcher.group(1) : "?";
	}
}
