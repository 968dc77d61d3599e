package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A journey map built in a workshop, in the browser: the owner creates a map, adds three stages and touchpoints,
 * moves one card to the next stage with the keyboard buttons and drags another, rates a card and notes its pains; the demo map is shown too.
 */
class JourneyMapBrowserTest extends DemoBrowser {

	static final String TITLE = "Запись на приём по телефону";

	@Autowired
	Journeys journeys;

	@Test
	void ownerBuildsAThreeStageMapMovesACardAndNotesItsPains() {
		logInInRussian();
		String journeysUrl = browser.findElement(By.cssSelector("nav.sidebar a[href$='/journeys']"))
			.getAttribute("href");
		browser.get(journeysUrl + "/new");
		WebElement form = waitFor(By.id("new-journey"));
		form.findElement(By.id("journey-title")).sendKeys(TITLE);
		form.findElement(By.id("journey-segment")).sendKeys("Новые пациенты");
		form.findElement(By.cssSelector("button[type='submit']")).click();
		waitFor(By.id("new-stage"));
		assertThat(text("h1")).isEqualTo(TITLE);

		for (String stage : List.of("До визита", "Во время визита", "После визита")) {
			int before = stages().size();
			WebElement name = browser.findElement(By.id("stage-name"));
			name.sendKeys(stage);
			browser.findElement(By.cssSelector("#new-stage button[type='submit']")).click();
			waitUntil(() -> stages().size() == before + 1);
		}
		assertThat(stages()).extracting(WebElement::getText)
			.anySatisfy(t -> assertThat(t).contains("До визита"));

		addTouchpoint(0, "Звонок в регистратуру");
		addTouchpoint(0, "Ожидание ответа");
		addTouchpoint(1, "Приветствие у стойки");

		WebElement waiting = card("Ожидание ответа");
		String waitingId = waiting.getAttribute("id");
		waiting.findElement(By.cssSelector("button[value='right']")).click();
		// the board is redrawn after each move: read it again until the card sits in its new stage only
		waitUntil(() -> !stageOf(1).findElements(By.id(waitingId)).isEmpty()
				&& stageOf(0).findElements(By.id(waitingId)).isEmpty());

		WebElement greeting = card("Приветствие у стойки");
		String greetingId = greeting.getAttribute("id");
		WebElement thirdStage = stageOf(2).findElement(By.cssSelector(".jb-cards"));
		new Actions(browser).clickAndHold(greeting.findElement(By.cssSelector(".jb-card-name")))
			.moveByOffset(20, 10)
			.pause(Duration.ofMillis(200))
			.moveToElement(thirdStage)
			.pause(Duration.ofMillis(200))
			.moveToElement(thirdStage, 0, 5)
			.release()
			.perform();
		waitUntil(() -> !stageOf(2).findElements(By.id(greetingId)).isEmpty()
				&& stageOf(1).findElements(By.id(greetingId)).isEmpty());

		waitUntil(() -> { // the board may still be redrawing after the drop
			card("Ожидание ответа").findElement(By.cssSelector(".jb-card-actions a")).click();
			return true;
		});
		WebElement editor = waitFor(By.cssSelector("#jb-dialog #touchpoint-form"));
		for (String[] pain : List.of(new String[] { "Долго не берут трубку", "5", "4" },
				new String[] { "Музыка ожидания раздражает", "2", "5" })) {
			waitFor(By.id("pain-description")).sendKeys(pain[0]);
			new Select(browser.findElement(By.id("pain-severity"))).selectByValue(pain[1]);
			new Select(browser.findElement(By.id("pain-frequency"))).selectByValue(pain[2]);
			browser.findElement(By.cssSelector("#pain-form button[type='submit']")).click();
			waitUntil(() -> browser.findElements(By.cssSelector(".jb-pains-list li"))
				.stream()
				.anyMatch(li -> li.getText().contains(pain[0])));
		}
		editor = waitFor(By.id("touchpoint-form"));
		new Select(editor.findElement(By.id("tp-expectation"))).selectByValue("4");
		new Select(editor.findElement(By.id("tp-quality"))).selectByValue("2");
		new Select(editor.findElement(By.id("tp-icon"))).selectByValue("clock");
		editor.findElement(By.cssSelector("button[type='submit']")).click();
		waitUntil(() -> {
			WebElement rated = card("Ожидание ответа");
			return rated.getAttribute("class").contains("gap-bad") && rated.getText().contains("Боли: 2");
		});
		scrollTo(By.cssSelector(".jb-header"));
		chromium.screenshot("journey-map");

		UUID ws = UUID.fromString(journeysUrl.replaceAll(".*/w/([^/]+)/journeys$", "$1"));
		UUID demo = TenantContext.inWorkspace(ws, () -> journeys.all()
			.stream()
			.filter(j -> j.title().equals("Визит пациента в клинику"))
			.map(Journey::id)
			.findFirst()
			.orElseThrow());
		browser.get(journeysUrl + "/" + demo);
		waitFor(By.cssSelector(".jb-stage"));
		assertThat(browser.findElements(By.cssSelector(".jb-card"))).hasSizeGreaterThan(5);
		assertThat(browser.findElements(By.cssSelector(".jb-card.gap-bad"))).isNotEmpty();
		chromium.screenshot("demo-journey-map");

		browser.findElement(By.cssSelector("a[href$='/barrier-matrix']")).click();
		WebElement matrix = waitFor(By.id("barrier-matrix"));
		assertThat(matrix.getText()).isNotBlank();
		assertThat(waitFor(By.id("ranked-pains")).findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(5);
		chromium.screenshot("barrier-matrix");

		browser.get(journeysUrl + "/" + demo + "/idef0");
		browser.findElement(By.cssSelector("#idef0-models a")).click();
		WebElement diagram = waitFor(By.cssSelector("svg"));
		assertThat(diagram.findElements(By.cssSelector("rect"))).isNotEmpty();
		scrollTo(By.id("diagram-title"));
		chromium.screenshot("idef0");
	}

	private List<WebElement> stages() {
		return browser.findElements(By.cssSelector(".jb-stage[data-stage-id]"));
	}

	private WebElement stageOf(int index) {
		return stages().get(index);
	}

	private WebElement card(String name) {
		return browser.findElements(By.cssSelector(".jb-card"))
			.stream()
			.filter(c -> c.findElement(By.cssSelector(".jb-card-name")).getText().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private void addTouchpoint(int stage, String name) {
		int before = browser.findElements(By.cssSelector(".jb-card")).size();
		WebElement add = stageOf(stage).findElement(By.cssSelector(":scope > details.jb-add"));
		add.findElement(By.tagName("summary")).click();
		add.findElement(By.cssSelector("input[name='name']")).sendKeys(name);
		add.findElement(By.cssSelector("button[type='submit']")).click();
		waitUntil(() -> browser.findElements(By.cssSelector(".jb-card")).size() == before + 1);
	}

	private void scrollTo(By element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
				browser.findElement(element));
	}

	private void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try {
				return condition.getAsBoolean();
			}
			catch (RuntimeException e) {
				return false;
			}
		});
	}
}
