package org.serviceplan.journey.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * The thematic icons a touchpoint card may carry (seed 001: "визуализированная схема с тематическими иконками");
 * a fixed set so every map draws them the same way. The key is what the API and the database hold.
 */
public enum TouchpointIcon {
	DOOR, EYE, HANDSHAKE, ID_CARD, DOCUMENT, PHONE, CHAT, WEBSITE, MAIL, COAT, RESTROOM, SEAT, CLOCK, DOCTOR, PAYMENT,
	PILL, CALENDAR, STAR, PARKING, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static List<String> keys() {
		return Arrays.stream(values()).map(TouchpointIcon::key).toList();
	}

	/** The icon of a key; null for none; a key outside the set breaks the rule. */
	static String checked(String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		String trimmed = key.strip();
		if (!keys().contains(trimmed)) {
			throw new BusinessRuleViolation("icon", "journey.touchpoint.unknownIcon", String.join(", ", keys()));
		}
		return trimmed;
	}
}
