package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text a user sees comes from the bundles, and Russian and English never drift apart. */
class MessagesTest {

	static final Path I18N = Path.of("src/main/resources/i18n");
	static final List<String> BUNDLES = List.of("messages", "account", "workspace", "history", "plan", "notification", "journey", "feedback", "dashboard", "survey");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	/** An element with visible letters between its tags and no Thymeleaf attribute replacing them. */
	static final Pattern TEXT_ELEMENT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?>([^<>]*\\p{L}[^<>]*)</\\1>");
	static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"[^\"]*\\p{L}");

	@ParameterizedTest
	@ValueSource(strings = { "messages", "account", "workspace", "history", "plan", "notification", "journey", "feedback", "dashboard", "survey" })
	void russianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		var russian = load(I18N.resolve(bundle + "_ru.properties"));
		var english = load(I18N.resolve(bundle + "_en.properties"));
		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys of %s_en vs %s_ru", bundle, bundle)
			.isEqualTo(new TreeSet<>(russian.stringPropertyNames()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "account", "workspace", "history", "plan", "notification", "journey", "feedback", "dashboard", "survey" })
	void noTextIsLeftEmpty(String bundle) throws IOException {
		for (String language : List.of("ru", "en")) {
			var texts = load(I18N.resolve(bundle + "_" + language + ".properties"));
			assertThat(texts.stringPropertyNames()).as("%s_%s", bundle, language)
				.allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
		}
	}

	/** A key written twice, in one file or in two bundles, silently shows only one of its texts. */
	@Test
	void everyKeyIsDefinedOnce() throws IOException {
		List<String> twice = new ArrayList<>();
		for (String language : List.of("ru", "en")) {
			Map<String, String> seen = new HashMap<>();
			for (String bundle : BUNDLES) {
				String file = bundle + "_" + language;
				for (String line : Files.readAllLines(I18N.resolve(file + ".properties"), StandardCharsets.UTF_8)) {
					int equals = line.indexOf('=');
					if (line.isBlank() || line.startsWith("#") || equals < 0) {
						continue;
					}
					String key = line.substring(0, equals).strip();
					String earlier = seen.putIfAbsent(key, file);
					if (earlier != null) {
						twice.add(key + " in " + earlier + " and " + file);
					}
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void templatesTakeEveryVisibleTextFromTheBundles() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				Matcher element = TEXT_ELEMENT.matcher(html);
				while (element.find()) {
					String attributes = element.group(2) == null ? "" : element.group(2);
					if (!attributes.matches("(?s).*\\s(th:(text|utext|replace|insert|remove|errors)=|aria-hidden=\"true\").*")) {
						hardCoded.add(TEMPLATES.relativize(file) + ": " + element.group().strip());
					}
				}
				Matcher attribute = TEXT_ATTRIBUTE.matcher(html);
				while (attribute.find()) {
					hardCoded.add(TEMPLATES.relativize(file) + ": " + attribute.group().strip());
				}
			}
		}
		assertThat(hardCoded).as("texts written into templates instead of #{...}").isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
