package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.serviceplan.shared.Demo;

/** A new user's first minutes in the demo clinic: logging in, languages, departments, people. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the screenshots then always show the same clinic
class DemoClinicBrowserTest extends DemoBrowser {

	@Test
	@Order(1)
	void ownerLogsInToTheRussianDemoClinicAndEnglishStaysWithTheAccount() {
		browser.manage().deleteAllCookies();
		open("/login");
		assertThat(language()).isEqualTo("ru");
		assertThat(text(".hint")).contains(Demo.OWNER_EMAIL);
		chromium.screenshot("login");

		logIn();
		assertThat(language()).isEqualTo("ru");
		assertThat(text("h1")).contains("Добро пожаловать");
		assertThat(text("nav.sidebar")).contains("Обзор", "Подразделения", "Сотрудники");
		assertThat(text(".switcher")).contains("Клиника «Здоровье»");
		chromium.screenshot("overview");
		chromium.resize(Chromium.PHONE);
		browser.navigate().refresh();
		chromium.screenshot("overview-mobile");
		chromium.resize(Chromium.DESKTOP);

		switchLanguage("en");
		assertThat(text("h1")).contains("Welcome");
		assertThat(text("nav.sidebar")).contains("Overview", "Departments", "People");
		browser.navigate().refresh();
		assertThat(language()).isEqualTo("en");

		// A new browser knows nothing of the choice; the account does.
		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waitFor(By.id("email"));
		browser.manage().deleteAllCookies();
		open("/login");
		assertThat(language()).isEqualTo("ru");
		logIn();
		assertThat(language()).isEqualTo("en");
		assertThat(text("h1")).contains("Welcome");

		switchLanguage("ru");
	}

	@Test
	@Order(2)
	void ownerAddsADepartmentUnderTheMedicalBlock() {
		logInInRussian();
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/departments']")).click();
		browser.findElement(By.id("name")).sendKeys("Кардиология");
		new Select(browser.findElement(By.id("parentId"))).selectByVisibleText("Медицинский блок");
		browser.findElement(By.cssSelector("form.form button.primary")).click();

		assertThat(waitFor(By.cssSelector(".flash.success")).getText()).contains("Кардиология");
		List<WebElement> tree = browser.findElements(By.cssSelector("#department-tree li"));
		int added = indexOf(tree, "Кардиология");
		assertThat(tree.get(added).getAttribute("class")).isEqualTo("depth-1");
		assertThat(parentOf(tree, added)).isEqualTo("Медицинский блок");
		chromium.screenshot("departments");
	}

	@Test
	@Order(3)
	void ownerInvitesAPersonAndSeesTheInvitationLink() {
		logInInRussian();
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/people']")).click();
		WebElement form = browser.findElement(By.id("invite-form"));
		form.findElement(By.name("name")).sendKeys("Ольга Новикова");
		form.findElement(By.name("email")).sendKeys("olga.novikova@klinika.demo");
		new Select(form.findElement(By.name("role"))).selectByValue("EMPLOYEE");
		new Select(form.findElement(By.name("departmentId"))).selectByVisibleText("— Терапия");
		new Select(form.findElement(By.name("positionId"))).selectByVisibleText("Врач-терапевт");
		form.findElement(By.cssSelector("button[type='submit']")).click();

		assertThat(waitFor(By.id("invitation-url")).getText()).matches("https?://\\S+/invitations/\\S+");
		browser.findElement(By.cssSelector("nav.sidebar a[href$='/people']")).click();
		assertThat(waitFor(By.id("people-table")).getText()).contains("Ольга Новикова");
		chromium.screenshot("people");
	}

	private static int indexOf(List<WebElement> tree, String department) {
		for (int i = 0; i < tree.size(); i++) {
			if (tree.get(i).findElement(By.tagName("a")).getText().equals(department)) {
				return i;
			}
		}
		throw new AssertionError(department + " is not in the tree");
	}

	/** The nearest top-level department above the entry: the tree lists children right after their parent. */
	private static String parentOf(List<WebElement> tree, int index) {
		for (int i = index - 1; i >= 0; i--) {
			if ("depth-0".equals(tree.get(i).getAttribute("class"))) {
				return tree.get(i).findElement(By.tagName("a")).getText();
			}
		}
		throw new AssertionError("no parent above entry " + index);
	}
}
