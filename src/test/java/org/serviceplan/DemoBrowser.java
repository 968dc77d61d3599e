package org.serviceplan;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.serviceplan.shared.Demo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo clinic in a real headless Chromium, the way a new user meets it after {@code ./mvnw spring-boot:run}.
 * Browser tests extend it and share one application on its own in-memory H2 with demo data; they save the
 * screenshots README shows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "serviceplan.demo=true",
		"spring.datasource.url=jdbc:h2:mem:demo-clinic;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
@Tag("browser")
abstract class DemoBrowser {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	WebDriver browser = chromium.driver();

	void logInInRussian() {
		logInInRussianAs(Demo.OWNER_EMAIL);
	}

	void logInInRussianAs(String email) {
		browser.manage().deleteAllCookies();
		open("/login");
		logIn(email);
		if (!"ru".equals(language())) {
			switchLanguage("ru");
		}
	}

	void logIn() {
		logIn(Demo.OWNER_EMAIL);
	}

	void logIn(String email) {
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		waitFor(By.cssSelector("nav.sidebar"));
	}

	void switchLanguage(String language) {
		browser.findElement(By.cssSelector("form.lang button[value='" + language + "']")).click();
		waitFor(By.cssSelector("html[lang='" + language + "']"));
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	String language() {
		return browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}
}
