package org.serviceplan.calendar.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.serviceplan.plan.PlanCalendar.PlanDate;
import org.serviceplan.workspace.Member;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a member's plan dates as an iCalendar feed. Every date is an all-day event with DATE values (a due
 * date has no hour), so no calendar app shifts it across a timezone; UIDs stay the same for the same record
 * and SEQUENCE follows its version, so subscribed calendars update events instead of duplicating them.
 */
@Component
public class FeedWriter {

	private final MessageSource messages;
	private final String baseUrl;
	private final String organizer;

	FeedWriter(MessageSource messages, @Value("${serviceplan.base-url:}") String baseUrl,
			@Value("${serviceplan.mail.from:ServicePlan <no-reply@serviceplan.local>}") String from) {
		this.messages = messages;
		this.baseUrl = (baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl).replaceAll("/+$", "");
		this.organizer = "mailto:" + from.replaceAll(".*<([^>]+)>.*", "$1").trim();
	}

	public String write(Member member, Locale locale, List<PlanDate> dates, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//ServicePlan//Calendar feed//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		String name = text("calendar.name", locale, member.workspaceName());
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", member.timezone().getId()));
		// how often a subscribing app should look again (Outlook, Apple Calendar)
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		for (PlanDate date : dates) {
			calendar.add(event(date, member, locale, now));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private VEvent event(PlanDate date, Member member, Locale locale, Instant now) {
		String summary = switch (date.kind()) {
			case TASK_DUE -> text("calendar.event.task", locale, date.title());
			case CHECKPOINT -> text("calendar.event.checkpoint", locale, date.title());
			case REPORT_DUE -> text("calendar.event.report", locale, date.title(), date.checkpointTitle());
		};
		String description = text("calendar.event.plan", locale, date.planTitle());
		if (!date.open()) {
			description += "\n" + text(date.kind() == org.serviceplan.plan.PlanCalendar.Kind.TASK_DUE
					? "calendar.event.done" : "calendar.event.closed", locale);
		}
		VEvent event = new VEvent(date.date(), date.date().plusDays(1), summary);
		event.add(new Uid(uid(date)));
		event.replace(new DtStamp(now)); // the constructor stamps the JVM clock; the Clock bean decides
		event.add(new Sequence((int) Math.min(date.version(), Integer.MAX_VALUE)));
		event.add(new Description(description + "\n" + baseUrl + date.link()));
		event.add(new Url(URI.create(baseUrl + date.link())));
		event.add(new Transp(Transp.VALUE_TRANSPARENT));
		Organizer by = new Organizer(URI.create(organizer));
		by.add(new Cn(member.workspaceName()));
		event.add(by);
		return event;
	}

	/** The same record always has the same UID, in every member's feed. */
	static String uid(PlanDate date) {
		return switch (date.kind()) {
			case TASK_DUE -> "task-" + date.subjectId() + "-due@serviceplan";
			case CHECKPOINT -> "checkpoint-" + date.subjectId() + "@serviceplan";
			case REPORT_DUE -> "report-" + date.checkpointId() + "-" + date.subjectId() + "@serviceplan";
		};
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
