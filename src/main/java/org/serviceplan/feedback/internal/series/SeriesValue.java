package org.serviceplan.feedback.internal.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A value of a named figure on a day, for the whole company or a department or a touchpoint. */
public record SeriesValue(String name, String unit, LocalDate day, BigDecimal value, String department,
		UUID touchpointId) {

	/** One figure of one scope on one day: what an import replaces rather than adds. */
	String key() {
		return scope() + '\u0000' + day;
	}

	/** The series the value belongs to: its name for the company, a department or a touchpoint. */
	String scope() {
		return name + '\u0000' + Objects.toString(department, "") + '\u0000' + Objects.toString(touchpointId, "");
	}
}
