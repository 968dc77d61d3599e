package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A strategic session with two browsers side by side, as in a workshop: the facilitator (the demo owner) runs it,
 * a guest joins with the code from the screen. The guest's idea and vote appear in the facilitator's window without
 * a reload; the reveal leads to the result. Saves the README screenshots of the board, the result and the projector.
 */
class StrategicSessionBrowserTest extends DemoBrowser {

	/** The participant's own browser: separate cookies, separate profile. */
	@RegisterExtension
	static final Chromium participantChromium = new Chromium();

	WebDriver guest = participantChromium.driver();

	@Test
	void aGuestsIdeaAndVoteReachTheFacilitatorLive() {
		logInInRussian();
		String home = browser.getCurrentUrl();
		String ws = home.replaceAll(".*/w/([^/?#]+).*", "$1");

		open("/w/" + ws + "/sessions/new");
		browser.findElement(By.id("session-title")).sendKeys("Стратегическая сессия: визит пациента");
		browser.findElement(By.cssSelector("input[name='journeyIds']")).click();
		browser.findElement(By.cssSelector("#new-session-form button[type='submit']")).click();
		String code = waitFor(By.id("join-code")).getText().strip();
		String sessionUrl = browser.getCurrentUrl().replaceAll("[?#].*", "");
		assertThat(code).hasSize(6);

		guest.get("http://localhost:" + port + "/join/" + code);
		waitIn(guest, By.id("join-name")).sendKeys("Пациентка Вера");
		guest.findElement(By.cssSelector("#join-form button[type='submit']")).click();
		waitIn(guest, By.cssSelector(".session-board[data-live='on']"));

		browser.get(sessionUrl + "/board");
		waitFor(By.cssSelector(".session-board[data-live='on']"));
		markPage(browser);

		guest.findElement(By.xpath("//select[@id='idea-touchpoint']/optgroup/option[contains(., 'Приветствие')]")).click();
		guest.findElement(By.id("idea-text")).sendKeys("Администратор называет пациента по имени");
		guest.findElement(By.cssSelector("#idea-form input[value='IDEAL']")).click();
		guest.findElement(By.cssSelector("#idea-form button[type='submit']")).click();

		WebElement idea = waitFor(By.xpath("//article[contains(@class,'sb-touchpoint')][.//h4[.='Приветствие']]"
				+ "//article[contains(@class,'sb-idea')][.//p[contains(., 'называет пациента по имени')]]"));
		String ideaId = idea.getAttribute("id");
		assertThat(pageMarked(browser)).as("the idea came without a reload").isTrue();

		browser.get(sessionUrl);
		browser.findElement(By.id("open-voting")).click();
		waitFor(By.id("close-voting"));
		browser.get(sessionUrl + "/board");
		waitFor(By.cssSelector(".session-board[data-live='on']"));
		markPage(browser);

		By plus = By.cssSelector("#" + ideaId + " .nom-QUICK_WIN .sb-plusvote");
		waitIn(guest, plus).click();
		new WebDriverWait(guest, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("left-QUICK_WIN"), "— 4 из 5"));
		waitIn(guest, plus).click();
		new WebDriverWait(guest, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("left-QUICK_WIN"), "— 3 из 5"));
		assertThat(guest.findElements(By.cssSelector(".sb-tally"))).as("no tallies for participants yet").isEmpty();

		waitUntil(() -> browser.findElements(By.cssSelector("#" + ideaId + " .nom-QUICK_WIN .sb-tally")).stream()
			.anyMatch(e -> e.getText().contains("Σ 2")));
		assertThat(pageMarked(browser)).as("the tally came without a reload").isTrue();
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", ideaId);
		chromium.screenshot("session-board");

		browser.get(sessionUrl);
		browser.findElement(By.id("close-voting")).click();
		browser.switchTo().alert().accept();
		waitFor(By.id("reveal-results"));
		browser.findElement(By.id("reveal-results")).click();
		waitFor(By.id("to-board"));
		browser.get(sessionUrl + "/results");
		assertThat(waitFor(By.id("ranking-QUICK_WIN")).getText()).contains("называет пациента по имени");
		assertThat(text("#tie-rule")).contains("больше людей");
		assertThat(browser.findElements(By.cssSelector("#chart svg .dot"))).hasSize(1);
		chromium.screenshot("session-result");

		waitIn(guest, By.cssSelector(".sb-tally"));

		browser.get(sessionUrl + "/projector");
		waitFor(By.cssSelector(".projector-rankings"));
		chromium.screenshot("session-projector");
	}

	private WebElement waitIn(WebDriver driver, By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

	/** A mark in the page's JavaScript state: a reload would wipe it. */
	private static void markPage(WebDriver driver) {
		((JavascriptExecutor) driver).executeScript("window.__notReloaded = true;");
	}

	private static boolean pageMarked(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__notReloaded === true;"));
	}
}
