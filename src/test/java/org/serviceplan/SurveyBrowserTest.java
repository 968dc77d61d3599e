package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A patient answers the clinic's NPS survey on a phone, by the link its QR code holds. */
class SurveyBrowserTest extends DemoBrowser {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void desktopAgain() {
		chromium.resize(Chromium.DESKTOP);
	}

	@Test
	void patientAnswersTheVisitSurveyOnAPhone() {
		logInInRussian();
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/surveys']")).click();
		WebElement table = waitFor(By.id("surveys-table"));
		assertThat(table.findElements(By.cssSelector("code.survey-code"))).extracting(WebElement::getText)
			.contains("klinika-nps", "klinika-wait");
		browser.findElement(By.linkText("NPS после визита")).click();
		assertThat(waitFor(By.id("survey-link")).getText()).endsWith("/f/klinika-nps");
		assertThat(text("#survey-touchpoint")).isEqualTo("Приветствие");
		chromium.screenshot("survey-staff");
		int before = answers();

		browser.manage().deleteAllCookies();
		chromium.resize(Chromium.PHONE);
		open("/f/klinika-nps");
		// the headless browser asks for English, so the page starts in English; the patient switches to Russian
		assertThat(waitFor(By.cssSelector("fieldset.scale legend")).getText()).startsWith("How likely are you");
		browser.findElement(By.cssSelector("nav.langs a[lang='ru']")).click();
		waitFor(By.cssSelector("html[lang='ru']"));
		assertThat(text("fieldset.scale legend")).startsWith("Насколько вероятно, что вы порекомендуете");
		browser.findElement(By.xpath("//label[@class='score'][span='9']")).click();
		browser.findElement(By.id("comment")).sendKeys("Встретили приветливо, но пришлось подождать");
		assertThat(browser.findElement(By.cssSelector("input[name='score'][value='9']")).isSelected()).isTrue();
		chromium.screenshot("survey-phone");
		browser.findElement(By.cssSelector("form.survey button[type='submit']")).click();

		assertThat(waitFor(By.cssSelector("main.notice h1")).getText()).isEqualTo("Спасибо!");
		assertThat(text("main.notice p")).isEqualTo("Спасибо! Главный врач читает каждый отзыв.");
		assertThat(answers()).isEqualTo(before + 1);
		List<Integer> scores = jdbc.queryForList("select a.score from feedback_answer a join survey s on s.id = "
				+ "a.survey_id where s.code = 'klinika-nps' and a.comment like 'Встретили%'", Integer.class);
		assertThat(scores).containsExactly(9);
	}

	private int answers() {
		return jdbc.queryForObject("select count(*) from feedback_answer a join survey s on s.id = a.survey_id "
				+ "where s.code = 'klinika-nps'", Integer.class);
	}
}
