package org.serviceplan.journey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts of the journey bundle for renderers that run outside a request (exports, benchmarks): English when asked
 * for, Russian otherwise — the same choice the application's message source makes, since it never falls back to
 * the system locale.
 */
public final class Texts {

	private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

	private final Properties texts;
	private final Locale locale;
	/** Parsed patterns of this rendering; MessageFormat is not thread-safe, so never shared across threads. */
	private final Map<String, MessageFormat> formats = new java.util.HashMap<>();

	private Texts(Properties texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	public static Texts of(Locale locale) {
		String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "ru";
		return new Texts(BUNDLES.computeIfAbsent(language, Texts::load), Locale.forLanguageTag(language));
	}

	/** The text of a key with its arguments; the key itself if the bundle lacks it, so gaps are visible. */
	public String get(String key, Object... arguments) {
		String pattern = texts.getProperty(key);
		if (pattern == null) {
			return key;
		}
		return arguments.length == 0 ? pattern
				: formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale)).format(arguments);
	}

	/** The text of a key, or {@code fallback} when the bundle has none. */
	public String getOrDefault(String key, String fallback) {
		return texts.getProperty(key, fallback);
	}

	private static Properties load(String language) {
		Properties properties = new Properties();
		try (InputStream in = Texts.class.getResourceAsStream("/i18n/journey_" + language + ".properties")) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
