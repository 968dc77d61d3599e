package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A patient's answer reaches the owner's dashboard: the NPS count grows and the comment is listed, the waiting
 * area survey's extra question is there, a year of comments pages through htmx; the dashboard
 * and the heat on the demo journey map are photographed for README; a Windows-1251 CSV goes up through the upload
 * page. The patient answers the demo NPS survey by its public link on a phone-sized window.
 */
class FeedbackDashboardBrowserTest extends DemoBrowser {

	static final String COMMENT = "Медсестра Анна всё объяснила и проводила до кабинета";

	@Test
	void patientsAnswerOnAPhoneShowsOnTheOwnersDashboard() throws Exception {
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

		answerOnAPhone();

		logInInRussian();
		browser.get(dashboard);
		waitFor(By.id("metric-NPS"));
		assertThat(npsCount()).isEqualTo(before + 1);
		assertThat(text("#comment-list")).contains(COMMENT);
		assertThat(text("#extra-questions")).contains("CSAT зоны ожидания", "Сколько вы ждали приёма?",
				"Меньше 5 минут");
		chromium.screenshot("feedback-dashboard");

		// a year of comments opened as a link, then the next page through htmx, the filters kept
		browser.get(dashboard.replaceAll("/feedback.*", "/feedback/comments?from=")
				+ LocalDate.now().minusYears(1));
		waitFor(By.id("comment-pager"));
		assertThat(text("#comment-pager .page")).startsWith("страница 1 из");
		browser.findElement(By.cssSelector("#comment-pager a.older")).click();
		waitFor(By.cssSelector("#comment-pager a.newer"));
		assertThat(text("#comment-pager .page")).startsWith("страница 2 из");
		assertThat(text("#comment-count")).contains("показаны 51–");
		assertThat(browser.findElement(By.cssSelector("#comments input[name=from]")).getAttribute("value"))
			.isEqualTo(LocalDate.now().minusYears(1).toString());

		browser.findElement(By.cssSelector("a.heat-link")).click();
		waitFor(By.id("heat-map"));
		assertThat(browser.findElements(By.cssSelector("#heat-map g.touchpoint[data-heat='measured']"))).isNotEmpty();
		chromium.screenshot("journey-heat");

		// answers from a Russian Excel file go up through the upload page by XHR with a progress bar, then the result
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

	/** A patient opens the demo NPS survey's public link (the one its QR code holds) on a phone and answers. */
	private void answerOnAPhone() {
		browser.manage().deleteAllCookies();
		chromium.resize(Chromium.PHONE);
		open("/f/klinika-nps");
		waitFor(By.cssSelector("fieldset.scale legend"));
		browser.findElement(By.xpath("//label[@class='score'][span='10']")).click();
		browser.findElement(By.id("comment")).sendKeys(COMMENT);
		browser.findElement(By.cssSelector("form.survey button[type='submit']")).click();
		waitFor(By.cssSelector("main.notice h1"));
		chromium.resize(Chromium.DESKTOP);
	}
}
