package org.serviceplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium for browser tests, driven by Debian's chromedriver: both are given explicitly, so
 * Selenium Manager never looks for (or downloads) a browser. Profile, temporary files and the driver's log stay
 * under {@code target/chromium}. Register it on a test class with {@code @RegisterExtension static}; where
 * either binary is missing the class is skipped (see {@link Prerequisite}).
 */
public final class Chromium implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

	public static final Dimension DESKTOP = new Dimension(1280, 800);
	public static final Dimension PHONE = new Dimension(390, 844);

	private static final Path BROWSER = Path.of("/usr/bin/chromium");
	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path HOME = Path.of("target", "chromium");
	private static final Path SCREENSHOTS = Path.of("docs", "screenshots");
	private static final Prerequisite INSTALLED = new Prerequisite("Browser", Chromium::missing);
	// Debian's Chromium is newer than Selenium's DevTools bindings; these tests need none of them, so the
	// warning about it is noise. Held here because java.util.logging keeps its loggers only weakly.
	private static final List<Logger> DEVTOOLS_WARNINGS = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	static {
		DEVTOOLS_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
	}

	private ChromeDriver driver;
	private Path profile;

	public WebDriver driver() {
		return driver;
	}

	/** Saves what the window shows as {@code docs/screenshots/<name>.png}, for README. */
	public void screenshot(String name) {
		// Unfocused, so that a blinking caret does not change the picture from run to run.
		driver.executeScript("if (document.activeElement) document.activeElement.blur()");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Sets the page's viewport exactly (a window size would include the window's frame); narrow means a phone. */
	public void resize(Dimension size) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(), "height",
				size.getHeight(), "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return INSTALLED.evaluate();
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		Path temporary = Files.createDirectories(HOME.resolve("tmp"));
		profile = Files.createTempDirectory(Files.createDirectories(HOME), "profile-");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TMPDIR", temporary.toAbsolutePath().toString()))
			.withLogFile(HOME.resolve("chromedriver.log").toFile())
			.build();
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--hide-scrollbars", "--force-device-scale-factor=1",
				"--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
				"--user-data-dir=" + profile.toAbsolutePath());
		driver = new ChromeDriver(service, options);
		resize(DESKTOP);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	private static Optional<String> missing() {
		List<String> absent = new ArrayList<>();
		for (Path binary : List.of(BROWSER, DRIVER)) {
			if (!Files.isExecutable(binary)) {
				absent.add(binary.toString());
			}
		}
		return absent.isEmpty() ? Optional.empty()
				: Optional.of(String.join(" and ", absent) + " not installed (apt-get install chromium chromium-driver)");
	}
}
