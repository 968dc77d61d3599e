package org.serviceplan.notification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored notifications into words of one language: field names through {@code notification.field.*},
 * statuses and priorities through the plan's own keys, dates in the language's format.
 */
@Component
public class NotificationTexts {

	/** Fields whose values are ids or sets of ids: only the fact of the change is worth showing. */
	private static final Set<String> WITHOUT_VALUES = Set.of("goal", "coExecutors", "description", "created",
			"removed");

	private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;
	private final JsonMapper json;

	NotificationTexts(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public NotificationView view(Notification n, Locale locale) {
		List<Entry> entries = entries(n);
		return new NotificationView(n.id(), n.kind(), title(n, locale),
				entries.stream().map(e -> line(e, locale)).toList(), entries, n.link(), n.createdAt(), n.readAt());
	}

	String title(Notification n, Locale locale) {
		// reminders carry dates as ISO strings: shown in the reader's format
		return messages.getMessage(n.titleKey(),
				titleArgs(n).stream().map(a -> ISO_DATE.matcher(a).matches() ? date(a, locale) : a).toArray(), locale);
	}

	List<String> titleArgs(Notification n) {
		return json.readValue(n.titleArgs(), new TypeReference<List<String>>() {
		});
	}

	List<Entry> entries(Notification n) {
		return json.readValue(n.entries(), new TypeReference<List<Entry>>() {
		});
	}

	String line(Entry e, Locale locale) {
		String field = messages.getMessage("notification.field." + e.field(), null, e.field(), locale);
		if (WITHOUT_VALUES.contains(e.field())) {
			return messages.getMessage("notification.change.fact", new Object[] { e.taskTitle(), field }, locale);
		}
		return messages.getMessage("notification.change.line",
				new Object[] { e.taskTitle(), field, value(e.field(), e.before(), locale), value(e.field(), e.after(), locale) },
				locale);
	}

	private String value(String field, String raw, Locale locale) {
		if (raw == null || raw.isBlank()) {
			return messages.getMessage("notification.change.empty", null, locale);
		}
		return switch (field) {
			case "status" -> messages.getMessage("task.status." + raw, null, raw, locale);
			case "priority" -> messages.getMessage("task.priority." + raw, null, raw, locale);
			case "startDate", "dueDate" -> date(raw, locale);
			default -> raw;
		};
	}

	private String date(String iso, Locale locale) {
		try {
			return DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale)).format(LocalDate.parse(iso));
		}
		catch (DateTimeParseException e) {
			return iso;
		}
	}

	String write(Object value) {
		return json.writeValueAsString(value);
	}
}
