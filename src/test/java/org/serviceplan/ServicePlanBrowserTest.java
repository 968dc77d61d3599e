package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A service plan's way from the standard template to a report, in the browser: the owner builds a small plan,
 * watches the readiness checklist turn green, sends it for approval and approves it; the employee who leads it
 * files a checkpoint report; the timeline shows it all.
 */
class ServicePlanBrowserTest extends DemoBrowser {

	static final String LEAD_EMAIL = "reception@klinika.demo";
	static final String LEAD = "Екатерина Иванова";
	static final String TITLE = "Сервисный план ресепшн";
	static final String DEMO_PLAN = "Сервисный план клиники на год";

	@Test
	void ownerBuildsAPlanFromTheTemplateApprovesItAndTheEmployeeReportsAtACheckpoint() {
		logInInRussian();
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/plans']")).click();
		WebElement form = waitFor(By.id("new-plan"));
		chromium.screenshot("plans");
		form.findElement(By.cssSelector("[data-test='template-standard']")).click();
		form.findElement(By.id("title")).sendKeys(TITLE);
		setDate(form.findElement(By.id("startDate")), LocalDate.now());
		new Select(form.findElement(By.id("leadId"))).selectByVisibleText(LEAD);
		form.findElement(By.cssSelector("button[type='submit']")).click();

		waitFor(By.id("readiness"));
		assertThat(text("h1")).isEqualTo(TITLE);
		assertThat(missingParts()).contains("BUDGET_WITH_SOURCE");
		assertThat(browser.findElement(By.id("submit-plan")).isEnabled()).isFalse();

		List<String> tasks = browser.findElements(By.cssSelector("tr[data-task-id]")).stream()
			.map(row -> row.getAttribute("data-task-id"))
			.toList();
		assertThat(tasks).hasSizeGreaterThan(3);
		for (String task : tasks) {
			giveBudget(task, "50000", "Собственный бюджет");
		}

		waitUntil(() -> missingParts().isEmpty() && browser.findElement(By.id("submit-plan")).isEnabled());
		scrollTo(By.id("plan-header"));
		chromium.screenshot("plan-editor");
		browser.findElement(By.id("submit-plan")).click();
		waitFor(By.id("approve-plan")).click();
		assertThat(waitFor(By.id("plan-approval")).getText()).contains("Ольга");
		String planUrl = browser.getCurrentUrl();

		logInInRussianAs(LEAD_EMAIL);
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/my-tasks']")).click();
		waitFor(By.id("my-open-tasks"));
		assertThat(text("#my-open-tasks")).contains(TITLE);
		browser.get(planUrl);
		browser.findElement(By.cssSelector("#checkpoints li a")).click();
		browser.findElement(By.cssSelector("a.button[href*='task=" + tasks.get(0) + "']")).click();
		WebElement report = waitFor(By.id("report-form"));
		report.findElement(By.id("progress")).sendKeys("40");
		report.findElement(By.id("spent")).sendKeys("12000");
		report.findElement(By.id("result")).sendKeys("Опрос после визита запущен, ответили 18% пациентов");
		report.findElement(By.id("deviation")).sendKeys("Ниже цели: планшет на ресепшн появился только в марте");
		report.findElement(By.id("nextSteps")).sendKeys("Добавить SMS со ссылкой на опрос");
		report.findElement(By.cssSelector("button[type='submit']")).click();
		assertThat(waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();
		assertThat(text("main")).contains("Опрос после визита запущен");

		browser.get(planUrl + "/control");
		WebElement timeline = waitFor(By.id("timeline"));
		assertThat(timeline.findElements(By.cssSelector(".bar"))).hasSize(tasks.size());
		assertThat(timeline.findElements(By.cssSelector(".checkpoint-line"))).hasSize(4);
		assertThat(text("#budget-spent")).contains("12");
		scrollTo(By.id("timeline"));
		chromium.screenshot("plan-timeline");

		browser.findElement(By.cssSelector("nav.sidebar a[href$='/plans']")).click();
		browser.findElement(By.linkText(DEMO_PLAN)).click();
		browser.findElement(By.id("control-link")).click();
		assertThat(Integer.parseInt(text("#overdue-count").replaceAll("\\D", ""))).isPositive();
		scrollTo(By.id("timeline"));
		chromium.screenshot("demo-plan-timeline");
	}

	private void scrollTo(By element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
				browser.findElement(element));
	}

	/** Opens the task in the dialog, states its budget and source, and waits for the table to show the money. */
	private void giveBudget(String task, String amount, String source) {
		By row = By.cssSelector("tr[data-task-id='" + task + "']");
		browser.findElement(row).findElement(By.cssSelector("td.task-actions a.button")).click();
		WebElement dialog = waitFor(By.cssSelector("#task-dialog #task-form"));
		WebElement budget = dialog.findElement(By.id("task-budget"));
		budget.clear();
		budget.sendKeys(amount);
		WebElement funding = dialog.findElement(By.id("task-source"));
		funding.clear();
		funding.sendKeys(source);
		dialog.findElement(By.id("save-task")).click();
		waitUntil(() -> browser.findElement(row).getText().contains("RUB"));
	}

	/** The mandatory parts the readiness panel still calls missing (the reward is optional). */
	private List<String> missingParts() {
		return browser.findElements(By.cssSelector("#readiness li[data-part][data-present='false']")).stream()
			.map(part -> part.getAttribute("data-part"))
			.filter(part -> !part.equals("REWARD"))
			.toList();
	}

	/** A date input's value is typed in the browser's locale; the ISO value is what the form sends. */
	private void setDate(WebElement input, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, date.toString());
	}

	private void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(RuntimeException.class)
			.until(driver -> condition.getAsBoolean());
	}
}
