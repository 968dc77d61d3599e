package org.serviceplan.history.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.history.internal.History;
import org.serviceplan.history.internal.HistoryEntry;
import org.serviceplan.history.internal.HistoryFilter;
import org.serviceplan.history.internal.HistoryPage;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.shared.RecordType;
import org.serviceplan.workspace.Requires;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/workspaces/{ws}/history", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "History", description = "Who changed which record of the workspace, when and how (owners and executives)")
class HistoryRestController {

	private static final String TYPES = "workspace, department, position or person";
	private static final String ENTRY_EXAMPLE = """
			{"revision": 42, "at": "2026-03-14T10:15:30+03:00",
			 "actor": {"accountId": "9b2f4c1e-3d5a-4e6f-8a7b-1c2d3e4f5a6b", "name": "Ольга Михайлова"},
			 "action": "changed", "type": "person", "recordId": "c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
			 "recordName": "Екатерина Иванова",
			 "changes": [{"field": "role", "old": "EMPLOYEE", "new": "SERVICE_HEAD"},
			             {"field": "departmentId", "old": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
			              "new": "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"}]}""";
	private static final String CREATED_EXAMPLE = """
			{"revision": 7, "at": "2026-03-01T09:00:00+03:00", "actor": {"name": "system"},
			 "action": "created", "type": "department", "recordId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
			 "recordName": "Ресепшн", "changes": [{"field": "name", "old": null, "new": "Ресепшн"}]}""";

	private final History history;

	HistoryRestController(History history) {
		this.history = history;
	}

	@GetMapping
	@Requires(Permission.VIEW_HISTORY)
	@Parameter(name = "ws", in = ParameterIn.PATH, required = true, description = "the workspace's id")
	@Operation(summary = "The workspace's history",
			description = "Every change of the company's records, newest first, " + History.PAGE_SIZE
					+ " a page (`older` tells whether another follows); narrowed to one kind of record and to the "
					+ "changes of one account when asked. Owners and executives.")
	@ApiResponse(responseCode = "200", description = "One page of the history",
			content = @Content(schema = @Schema(implementation = HistoryPageJson.class),
					examples = @ExampleObject(name = "page", value = "{\"page\": 0, \"pageSize\": 50, \"older\": true,"
							+ " \"entries\": [" + ENTRY_EXAMPLE + ", " + CREATED_EXAMPLE + "]}")))
	HistoryPageJson workspace(Member member,
			@Parameter(description = "only records of this kind: " + TYPES,
					schema = @Schema(type = "string", allowableValues = { "workspace", "department", "position",
							"person" })) @RequestParam(required = false) RecordType type,
			@Parameter(description = "only changes made by this account (its id)") @RequestParam(required = false) UUID by,
			@Parameter(description = "page, 0 for the newest") @RequestParam(defaultValue = "0") int page,
			Locale locale) {
		return HistoryPageJson.of(history.ofWorkspace(member, new HistoryFilter(type, by), page, locale));
	}

	@GetMapping("/{type}/{id}")
	@Requires(Permission.VIEW_HISTORY)
	@Parameter(name = "ws", in = ParameterIn.PATH, required = true, description = "the workspace's id")
	@Operation(summary = "The history of one record",
			description = "Every change of one record, newest first, also after it was deleted. Owners and "
					+ "executives. A record of another company is not found (404).")
	@ApiResponse(responseCode = "200", description = "The record's changes",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = EntryJson.class)),
					examples = @ExampleObject(name = "person", value = "[" + ENTRY_EXAMPLE + "]")))
	List<EntryJson> record(Member member,
			@Parameter(description = TYPES, schema = @Schema(type = "string", allowableValues = { "workspace",
					"department", "position", "person" })) @PathVariable RecordType type,
			@PathVariable UUID id, Locale locale) {
		return history.ofRecord(member, type, id, locale).stream().map(EntryJson::of).toList();
	}

	record HistoryPageJson(@Schema(example = "0") int page, @Schema(example = "50") int pageSize,
			@Schema(description = "whether an older page follows", example = "true") boolean older,
			List<EntryJson> entries) {

		static HistoryPageJson of(HistoryPage page) {
			return new HistoryPageJson(page.page(), History.PAGE_SIZE, page.older(),
					page.entries().stream().map(EntryJson::of).toList());
		}
	}

	record EntryJson(@Schema(description = "revision number; one revision may change several records",
			example = "42") long revision,
			@Schema(description = "when, in the workspace's time zone", example = "2026-03-14T10:15:30+03:00")
			OffsetDateTime at, ActorJson actor,
			@Schema(allowableValues = { "created", "changed", "deleted" }, example = "changed") String action,
			@Schema(example = "department") String type, UUID recordId,
			@Schema(example = "Ресепшн") String recordName,
			@Schema(description = "fields with their value before and after; for a new record the values it got")
			List<ChangeJson> changes) {

		static EntryJson of(HistoryEntry entry) {
			return new EntryJson(entry.revision(), entry.at().toOffsetDateTime(), ActorJson.of(entry),
					entry.action().key(), entry.type().key(), entry.recordId(), entry.recordName(),
					entry.changes().stream().map(ChangeJson::of).toList());
		}
	}

	@Schema(description = "who made the change; start-up data is made by \"system\", without an account")
	record ActorJson(UUID accountId, @Schema(example = "Ольга Михайлова") String name) {

		static ActorJson of(HistoryEntry entry) {
			return entry.actor().system() ? new ActorJson(null, "system")
					: new ActorJson(entry.actor().accountId(), entry.actor().name());
		}
	}

	/** Both sides always present: null says the field had no value. */
	@Schema(description = "values as stored: ids for departments and positions, codes for roles and statuses")
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ChangeJson(@Schema(example = "name") String field,
			@JsonProperty("old") @Schema(name = "old", example = "Ресепшн") String before,
			@JsonProperty("new") @Schema(name = "new", example = "Регистратура") String after) {

		static ChangeJson of(HistoryEntry.Change change) {
			return new ChangeJson(change.field(), change.before() == null ? null : change.before().raw(),
					change.after() == null ? null : change.after().raw());
		}
	}
}
