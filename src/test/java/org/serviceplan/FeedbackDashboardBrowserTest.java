package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.serviceplan.account.Accounts;
import org.serviceplan.shared.Demo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer's answer reaches the owner's dashboard: the NPS count grows and the comment is listed; the dashboard
 * and the heat on the demo journey map are photographed for README; a Windows-1251 CSV goes up through the upload
 * page. The answer comes through the ingestion API (the public survey page is another branch's and not merged
 * here yet).
 */
class FeedbackDashboardBrowserTest extends DemoBrowser {

	static final String COMMENT = "Медсестра Анна всё объяснила и проводила до кабинета";

	@Autowired
	Accounts accounts;

	@Test
	void customersAnswerShowsOnTheOwnersDashboard() throws Exception {
		chromium.resize(Chromium.DESKTOP);
		logInInRussian();
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/feedback']")).click();
		waitFor(By.id("metric-NPS"));
		String dashboard = browser.getCurrentUrl();
		long before = npsCount();
		assertThat(before).as("a year of demo answers, last month's share").isGreaterThan(100);
		assertThat(text("#metric-NPS .change")).containsAnyOf("статистически значимо", "статистически не значимо");
		assertThat(browser.findElement(By.cssSelector("#metric-NPS a.figure")).getAttribute("href"))
			.endsWith("/metrics/definitions#nps");

		String workspace = dashboard.replaceAll(".*/w/([^/]+)/feedback.*", "$1");
		answerAsCustomer(workspace);

		browser.navigate().refresh();
		waitFor(By.id("metric-NPS"));
		assertThat(npsCount()).isEqualTo(before + 1);
		assertThat(text("#comment-list")).contains(COMMENT);
		chromium.screenshot("feedback-dashboard");

		browser.findElement(By.cssSelector("a.heat-link")).click();
		waitFor(By.id("heat-map"));
		assertThat(browser.findElements(By.cssSelector("#heat-map g.touchpoint[data-heat='measured']"))).isNotEmpty();
		chromium.screenshot("journey-heat");

		// the same answers as a file through the upload page: it goes up by XHR with a progress bar, then the result
		Path file = Files.createTempFile("answers", ".csv");
		Files.writeString(file, "metric;score;answeredAt;comment\nCSAT;5;" + Instant.now().minusSeconds(120)
				+ ";Очень чисто\nCSAT;9;" + Instant.now().minusSeconds(120) + ";\n", Charset.forName("windows-1251"));
		browser.get(dashboard.replaceAll("/feedback.*", "/feedback/upload"));
		waitFor(By.id("upload-form")).findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#upload-form button[type='submit']")).click();
		waitFor(By.id("upload-accepted"));
		assertThat(text("#upload-accepted")).isEqualTo("1");
		assertThat(text("#import-errors tbody")).startsWith("3 score");
		Files.delete(file);
	}

	private long npsCount() {
		return Long.parseLong(text("#metric-NPS .n").replaceAll("\\D", ""));
	}

	/** One NPS answer with a comment, as a CRM or a survey tool sends it, with the owner's API token. */
	private void answerAsCustomer(String workspace) throws Exception {
		String token = accounts.issueToken(accounts.findByEmail(Demo.OWNER_EMAIL).orElseThrow().id(), "browser test")
			.token();
		String line = "{\"metric\":\"NPS\",\"score\":10,\"answeredAt\":\"" + Instant.now().minusSeconds(60)
				+ "\",\"channel\":\"offline\",\"comment\":\"" + COMMENT + "\"}\n";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workspaces/" + workspace
					+ "/feedback"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/x-ndjson")
				.POST(HttpRequest.BodyPublishers.ofString(line))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"accepted\":1");
	}
}
