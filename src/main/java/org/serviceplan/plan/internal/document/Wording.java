package org.serviceplan.plan.internal.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.serviceplan.shared.Money;
import org.springframework.context.MessageSource;

/** The document's words in the reader's language: bundle texts, dates and sums formatted as in the app. */
public final class Wording {

	private final MessageSource messages;
	private final Locale locale;
	private final DateTimeFormatter date;
	private final DateTimeFormatter dateTime;

	Wording(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.date = DateTimeFormatter.ofPattern(text("format.date"), locale);
		this.dateTime = DateTimeFormatter.ofPattern(text("format.dateTime"), locale);
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	public String date(LocalDate value) {
		return value == null ? "" : date.format(value);
	}

	public String dateTime(ZonedDateTime value) {
		return value == null ? "" : dateTime.format(value);
	}

	public String money(BigDecimal amount, Currency currency) {
		return amount == null ? "—" : new Money(amount, currency).format(locale);
	}

	public String number(BigDecimal value) {
		return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
	}

	/** "from – to" of the plan's period. */
	public String period(PlanDocument document) {
		return text("document.period", date(document.start()), date(document.end()));
	}

	public String role(PlanDocument.Person person) {
		return person == null || person.role() == null ? "" : text("role." + person.role().name());
	}

	/** The task's expected result followed by its target ("metric: value"), as one cell. */
	public String expected(PlanDocument.TaskRow task) {
		String result = task.expectedResult() == null ? "" : task.expectedResult();
		if (!task.hasTarget()) {
			return result;
		}
		String target = text("document.task.target",
				task.targetMetric() == null ? "" : task.targetMetric(), number(task.targetValue())).strip();
		return result.isEmpty() ? target : result + "\n" + target;
	}

	public Locale locale() {
		return locale;
	}
}
