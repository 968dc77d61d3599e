package org.serviceplan.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.serviceplan.calendar.internal.CalendarFeeds;
import org.serviceplan.calendar.internal.FeedWriter;
import org.serviceplan.plan.PlanCalendar;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Workspaces;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed calendar apps subscribe to. It has no session and no login: the token in the path is the only
 * secret, so an unknown or revoked token is simply not found.
 */
@RestController
class CalendarFeedController {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;
	private final PlanCalendar calendar;
	private final Workspaces workspaces;
	private final FeedWriter writer;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CalendarFeedController(CalendarFeeds feeds, PlanCalendar calendar, Workspaces workspaces, FeedWriter writer,
			PlatformTransactionManager transactions, Clock clock) {
		this.feeds = feeds;
		this.calendar = calendar;
		this.workspaces = workspaces;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.transaction.setReadOnly(true);
	}

	@GetMapping("/calendar/{feedToken}.ics")
	ResponseEntity<String> feed(@PathVariable String feedToken) {
		return feeds.holder(feedToken)
			.map(member -> TenantContext.inWorkspace(member.workspaceId(), () -> transaction.execute(status -> {
				Locale locale = workspaces.contact(member.personId())
					.map(Workspaces.Contact::locale)
					.orElse(null);
				return writer.write(member, locale == null ? RUSSIAN : locale, calendar.datesOf(member.personId()),
						clock.instant());
			})))
			.map(body -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.noCache().cachePrivate())
				.header("Content-Disposition", "inline; filename=\"serviceplan.ics\"")
				.body(body))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
