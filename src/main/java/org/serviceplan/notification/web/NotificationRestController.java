package org.serviceplan.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.notification.NotificationKind;
import org.serviceplan.notification.internal.Entry;
import org.serviceplan.notification.internal.Inbox;
import org.serviceplan.notification.internal.NotificationTexts;
import org.serviceplan.notification.internal.NotificationView;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications in a workspace; nobody sees or marks another person's. */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications", description = "The caller's inbox: plan changes and (later) reminders")
class NotificationRestController {

	static final String NOTIFICATION_EXAMPLE = """
			{"id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "kind": "PLAN_CHANGED",
			 "title": "Ирина Волкова изменила план «Сервисный план 2027»",
			 "lines": ["Обучить администраторов скриптам приёма — Срок: 15.03.2027 → 31.03.2027"],
			 "changes": [{"taskId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "taskTitle": "Обучить администраторов скриптам приёма",
			   "field": "dueDate", "before": "2027-03-15", "after": "2027-03-31"}],
			 "link": "/w/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a/tasks/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
			 "createdAt": "2027-02-10T09:15:00Z"}""";

	private final Inbox inbox;
	private final NotificationTexts texts;

	NotificationRestController(Inbox inbox, NotificationTexts texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	@GetMapping
	@Requires(Permission.VIEW_WORKSPACE)
	@Operation(operationId = "listNotifications", summary = "List my notifications",
			description = "The caller's notifications in this workspace, newest first, a page at a time (`page` "
					+ "from 0, `size` up to 100). `unread=true` gives only unread ones. Titles and lines are in the "
					+ "request's language (`Accept-Language`); `changes` carries the same as data.")
	@ApiResponse(responseCode = "200", description = "A page of notifications",
			content = @Content(schema = @Schema(implementation = NotificationPageJson.class),
					examples = @ExampleObject(name = "inbox", value = "{\"items\": [" + NOTIFICATION_EXAMPLE
							+ "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"unread\": 1}")))
	NotificationPageJson list(Member member,
			@Parameter(description = "Only unread notifications") @RequestParam(defaultValue = "false") boolean unread,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, at most 100") @RequestParam(defaultValue = "20") int size,
			Locale locale) {
		Page<NotificationJson> found = inbox.of(member.personId(), unread, page, size)
			.map(n -> NotificationJson.of(texts.view(n, locale)));
		return new NotificationPageJson(found.getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements(), inbox.unreadCount(member.personId()));
	}

	@GetMapping("/unread-count")
	@Requires(Permission.VIEW_WORKSPACE)
	@Operation(operationId = "countUnreadNotifications", summary = "Count my unread notifications",
			description = "How many of the caller's notifications in this workspace are unread (the badge).")
	@ApiResponse(responseCode = "200", description = "The count",
			content = @Content(schema = @Schema(implementation = UnreadJson.class),
					examples = @ExampleObject(name = "three", value = "{\"unread\": 3}")))
	UnreadJson unreadCount(Member member) {
		return new UnreadJson(inbox.unreadCount(member.personId()));
	}

	@PostMapping("/{notificationId}/read")
	@Requires(Permission.VIEW_WORKSPACE)
	@Operation(operationId = "readNotification", summary = "Mark a notification read",
			description = "Marks one of the caller's notifications read (again is harmless) and answers with it. "
					+ "Someone else's notification is not found (404).")
	@ApiResponse(responseCode = "200", description = "The notification, read",
			content = @Content(schema = @Schema(implementation = NotificationJson.class),
					examples = @ExampleObject(name = "read", value = NOTIFICATION_EXAMPLE)))
	NotificationJson read(Member member, @PathVariable UUID notificationId, Locale locale) {
		return NotificationJson.of(texts.view(inbox.read(member.personId(), notificationId), locale));
	}

	@PostMapping("/read-all")
	@Requires(Permission.VIEW_WORKSPACE)
	@Operation(operationId = "readAllNotifications", summary = "Mark all my notifications read",
			description = "Marks every unread notification of the caller in this workspace read; answers how many "
					+ "were unread.")
	@ApiResponse(responseCode = "200", description = "How many were marked",
			content = @Content(schema = @Schema(implementation = MarkedJson.class),
					examples = @ExampleObject(name = "marked", value = "{\"marked\": 3}")))
	MarkedJson readAll(Member member) {
		return new MarkedJson(inbox.readAll(member.personId()));
	}

	@Schema(description = "A page of the caller's notifications")
	record NotificationPageJson(List<NotificationJson> items, int page, int size, long totalItems,
			@Schema(description = "Unread notifications in all pages") long unread) {
	}

	@Schema(description = "A notification, rendered in the request's language, with its data")
	record NotificationJson(UUID id, NotificationKind kind, String title, List<String> lines, List<Entry> changes,
			@Schema(description = "The page it is about, relative to the application") String link,
			Instant createdAt, @Schema(description = "Absent while unread") Instant readAt) {

		static NotificationJson of(NotificationView v) {
			return new NotificationJson(v.id(), v.kind(), v.title(), v.lines(), v.entries(), v.link(), v.createdAt(),
					v.readAt());
		}
	}

	record UnreadJson(long unread) {
	}

	record MarkedJson(int marked) {
	}
}
