package org.serviceplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.notification.ApprovedPlan;
import org.serviceplan.plan.internal.Checkpoint;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.shared.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each member's private calendar feed: their dates only (all of a plan's for its lead), and gone when revoked. */
@IntegrationTest
class CalendarFeedTest {

	private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	ServicePlans plans;
	@Autowired
	Accounts accounts;

	record Event(String uid, String start, String end, String summary) {
	}

	@Test
	void aResponsibleSeesTheirTaskTheCheckpointsAndTheirReportDeadlinesAndNothingOfOthers() throws Exception {
		String name = "Клиника Календарь " + UUID.randomUUID();
		var clinic = ApprovedPlan.build(companies, plans, name);
		var other = ApprovedPlan.build(companies, plans, "Другая клиника " + UUID.randomUUID());
		ServicePlan plan = plan(clinic);
		Checkpoint first = plan.checkpoints().get(0);
		Checkpoint second = plan.checkpoints().get(1);
		LocalDate due = plan.task(clinic.annasTask()).dueDate();

		String body = feed(issue(clinic, clinic.anna()));

		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
		// RFC 5545 and 5546 (PUBLISH) rules as ical4j checks them: required properties, ORGANIZER, values
		assertThat(calendar.validate().getEntries()).isEmpty();
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("ServicePlan — " + name);
		Map<String, Event> events = events(calendar);
		String task = "task-" + clinic.annasTask() + "-due@serviceplan";
		assertThat(events).containsOnlyKeys(task, "checkpoint-" + first.id() + "@serviceplan",
				"checkpoint-" + second.id() + "@serviceplan",
				"report-" + first.id() + "-" + clinic.annasTask() + "@serviceplan",
				"report-" + second.id() + "-" + clinic.annasTask() + "@serviceplan");
		assertThat(events.get(task)).isEqualTo(new Event(task, due.format(ICS_DATE), due.plusDays(1).format(ICS_DATE),
				"Срок задачи: Обучить администраторов скриптам"));
		assertThat(events.get("checkpoint-" + first.id() + "@serviceplan").summary())
			.isEqualTo("Контрольная точка: Итоги I квартала");
		assertThat(events.get("checkpoint-" + first.id() + "@serviceplan").start())
			.isEqualTo(first.date().format(ICS_DATE));
		assertThat(events.get("report-" + first.id() + "-" + clinic.annasTask() + "@serviceplan").summary())
			.isEqualTo("Отчёт по задаче «Обучить администраторов скриптам» к точке «Итоги I квартала»");
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
				.isEqualTo("DATE");
			assertThat(event.getProperty(Property.ORGANIZER)).isPresent();
			assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
			assertThat(event.getProperty(Property.SEQUENCE)).isPresent();
			assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
				.startsWith("http://localhost:8080/w/" + clinic.company().id() + "/plans/" + clinic.planId());
		}
		// another company's plan, with the same titles, and Boris's task: none of it
		assertThat(body).doesNotContain(other.annasTask().toString(), other.planId().toString(),
				clinic.borisTask().toString());
	}

	@Test
	void theLeadGetsEveryEventOfThePlanInTheirLanguage() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Руководитель " + UUID.randomUUID());
		accounts.speak(clinic.lead().accountId(), Locale.ENGLISH);
		ServicePlan plan = plan(clinic);

		Calendar calendar = new CalendarBuilder().build(new StringReader(feed(issue(clinic, clinic.lead()))));
		assertThat(calendar.validate().getEntries()).isEmpty();
		Map<String, Event> events = events(calendar);

		List<String> expected = new java.util.ArrayList<>();
		for (UUID task : List.of(clinic.annasTask(), clinic.borisTask())) {
			expected.add("task-" + task + "-due@serviceplan");
			for (Checkpoint checkpoint : plan.checkpoints()) {
				expected.add("report-" + checkpoint.id() + "-" + task + "@serviceplan");
			}
		}
		plan.checkpoints().forEach(c -> expected.add("checkpoint-" + c.id() + "@serviceplan"));
		assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(events.get("task-" + clinic.borisTask() + "-due@serviceplan").summary())
			.isEqualTo("Task due: Запустить опрос NPS");
		assertThat(events.get("checkpoint-" + plan.checkpoints().get(1).id() + "@serviceplan").summary())
			.isEqualTo("Checkpoint: Итоги II квартала");
	}

	@Test
	void aNewLinkEndsTheOldOneAndARevokedLinkIsNotFound() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Отзыв " + UUID.randomUUID());
		String first = issue(clinic, clinic.boris());
		feed(first);

		String second = issue(clinic, clinic.boris());
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/calendar/{feedToken}.ics", first)).andExpect(status().isNotFound());
		feed(second);

		mvc.perform(post("/w/{ws}/calendar/revoke", clinic.company().id()).with(user(clinic.boris())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/calendar/{feedToken}.ics", second)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/{feedToken}.ics", "not-a-token")).andExpect(status().isNotFound());
		mvc.perform(get("/w/{ws}/calendar", clinic.company().id()).with(user(clinic.boris())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ссылки на календарь пока нет.")));
	}

	@Test
	void theInboxLinksToTheCalendarAndOffersTheReminderKindsAmongThePreferences() throws Exception {
		var clinic = ApprovedPlan.build(companies, plans, "Клиника Входящие " + UUID.randomUUID());
		mvc.perform(get("/w/{ws}/inbox", clinic.company().id()).with(user(clinic.anna())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.stringContainsInOrder("/w/" + clinic.company().id() + "/calendar",
					"Изменения в плане", "Скоро контрольная точка", "Не сдан отчёт", "Просроченная задача",
					"name=\"email_TASK_OVERDUE\"")));
	}

	/** Issues a link on the calendar page, as the user; @return the token in it */
	private String issue(ApprovedPlan clinic, CurrentUser who) throws Exception {
		var result = mvc.perform(post("/w/{ws}/calendar/issue", clinic.company().id()).with(user(who)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = (String) result.getFlashMap().get("calendarUrl");
		assertThat(url).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

	/** The feed, fetched without any session or login, as a calendar app does. */
	private String feed(String token) throws Exception {
		byte[] body = mvc.perform(get("/calendar/{feedToken}.ics", token))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new String(body, StandardCharsets.UTF_8);
	}

	private ServicePlan plan(ApprovedPlan clinic) {
		return TenantContext.inWorkspace(clinic.company().id(), () -> {
			ServicePlan plan = plans.plan(clinic.planId());
			plan.checkpoints().size();
			plan.tasks().size();
			return plan;
		});
	}

	private static Map<String, Event> events(Calendar calendar) {
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.map(e -> new Event(value(e, Property.UID), value(e, Property.DTSTART), value(e, Property.DTEND),
					value(e, Property.SUMMARY)))
			.collect(Collectors.toMap(Event::uid, e -> e));
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}
}
