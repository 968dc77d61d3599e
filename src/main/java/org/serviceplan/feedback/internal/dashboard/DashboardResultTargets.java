package org.serviceplan.feedback.internal.dashboard;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.serviceplan.feedback.internal.target.TargetDetails;
import org.serviceplan.feedback.internal.target.TargetProgress;
import org.serviceplan.plan.ResultTargets;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard's targets offered to plan tasks as their measured expected result, with progress as of now. */
@Component
class DashboardResultTargets implements ResultTargets {

	private final TargetReadings readings;
	private final MessageSource messages;

	DashboardResultTargets(TargetReadings readings, MessageSource messages) {
		this.readings = readings;
		this.messages = messages;
	}

	@Override
	public List<ResultTarget> targets(Locale locale) {
		return TenantContext.currentWorkspace()
			.map(ws -> readings.all(ws).stream().map(p -> new ResultTarget(p.id(), label(p.target(), locale),
					progress(p, locale), p.status().name(), "/w/" + ws + "/feedback#target-" + p.id())).toList())
			.orElse(List.of());
	}

	/** "NPS ≥ 50 к 31.12.2026", with the touchpoint or segment when it has one. */
	String label(TargetDetails t, Locale locale) {
		String date = t.dueDate().format(DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale)));
		String label = messages.getMessage("dashboard.target.label",
				new Object[] { t.metric(), t.comparison().sign(), number(t.value().doubleValue(), locale), date }, locale);
		return t.segment() == null ? label : label + " · " + t.segment();
	}

	String progress(TargetProgress p, Locale locale) {
		String status = messages.getMessage("dashboard.target.status." + p.status().name(), null, locale);
		if (!p.reading().hasValue()) {
			return status;
		}
		String low = p.reading().low() == null ? "—" : number(p.reading().low(), locale);
		String high = p.reading().high() == null ? "—" : number(p.reading().high(), locale);
		return messages.getMessage("dashboard.target.progress",
				new Object[] { number(p.reading().value(), locale), low, high, p.reading().n(), status }, locale);
	}

	static String number(double value, Locale locale) {
		return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
	}
}
