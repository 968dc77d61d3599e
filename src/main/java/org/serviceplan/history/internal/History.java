package org.serviceplan.history.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.envers.RevisionType;
import org.serviceplan.history.internal.HistoryEntry.Action;
import org.serviceplan.history.internal.HistoryEntry.Change;
import org.serviceplan.history.internal.HistoryEntry.Value;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.serviceplan.shared.RecordType;
import org.serviceplan.shared.RecordTypes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history of the caller's workspace as people read it: who changed which record, when and how. */
@Service
@Transactional(readOnly = true)
public class History {

	public static final int PAGE_SIZE = 50;
	/**
	 * Each page reads every earlier page again (several kinds of records are merged by time), so the history
	 * stops at the newest {@value #PAGE_SIZE} times this many changes.
	 */
	static final int PAGES = 1000;

	private final AuditTrail trail;
	private final MessageSource messages;
	private final RecordTypes types;

	History(AuditTrail trail, MessageSource messages, RecordTypes types) {
		this.trail = trail;
		this.messages = messages;
		this.types = types;
	}

	/** A page (from 0, newest first) of every change in the member's workspace that the filter lets through. */
	public HistoryPage ofWorkspace(Member member, HistoryFilter filter, int page, Locale locale) {
		if (page < 0 || page >= PAGES) {
			return new HistoryPage(List.of(), page, false);
		}
		int from = page * PAGE_SIZE;
		List<AuditRow> rows = trail.latest(member.workspaceId(), filter.types(types.all()), filter.account(),
				from + PAGE_SIZE + 1);
		Reading reading = new Reading(member, locale);
		List<HistoryEntry> entries = rows.subList(Math.min(from, rows.size()), Math.min(from + PAGE_SIZE, rows.size()))
			.stream()
			.map(row -> reading.entry(row, row.revisionType() == RevisionType.MOD ? trail.before(row) : Optional.empty()))
			.toList();
		return new HistoryPage(entries, page, rows.size() > from + PAGE_SIZE && page + 1 < PAGES);
	}

	/**
	 * Every change of one record, newest first. A record of another workspace, or one that never existed,
	 * is not found.
	 */
	public List<HistoryEntry> ofRecord(Member member, RecordType type, UUID id, Locale locale) {
		List<AuditRow> rows = trail.of(member.workspaceId(), type, id);
		if (rows.isEmpty()) {
			throw new RecordNotFound(type.key(), id);
		}
		Reading reading = new Reading(member, locale);
		List<HistoryEntry> entries = new ArrayList<>();
		RecordState previous = null;
		for (AuditRow row : rows) {
			entries.add(reading.entry(row, Optional.ofNullable(previous)));
			previous = row.state();
		}
		Collections.reverse(entries);
		return entries;
	}

	/** Everyone who changed something in the member's workspace, for the filter. */
	public List<Actor> actors(Member member) {
		return trail.actors(member.workspaceId());
	}

	/** Turns audit rows into entries for one reader, looking each referenced record up once. */
	private final class Reading {

		private final UUID workspaceId;
		private final ZoneId zone;
		private final Locale locale;
		private final Map<String, Optional<String>> names = new HashMap<>();

		Reading(Member member, Locale locale) {
			this.workspaceId = member.workspaceId();
			this.zone = member.timezone();
			this.locale = locale;
		}

		HistoryEntry entry(AuditRow row, Optional<RecordState> previous) {
			Revision revision = row.revision();
			RecordState state = row.state();
			Action action = Action.of(row.revisionType());
			List<FieldChange> changed = switch (action) {
				case CREATED -> Changes.between(null, state.fields());
				case CHANGED -> Changes.between(previous.map(RecordState::fields).orElse(null), state.fields());
				case DELETED -> List.of();
			};
			long at = row.revisionNumber();
			List<Change> changes = changed.stream()
				.map(c -> new Change(c.field(), value(state.type(), c.field(), c.before(), at - 1),
						value(state.type(), c.field(), c.after(), at)))
				.toList();
			Actor actor = revision.accountId() == null ? Actor.SYSTEM
					: new Actor(revision.accountId(), revision.accountName());
			return new HistoryEntry(at, revision.revisionAt().atZone(zone), actor, action, state.type(), state.id(),
					state.name(), changes);
		}

		private Value value(RecordType type, String field, Object value, long revision) {
			if (value == null) {
				return null;
			}
			if (value instanceof Enum<?> code) {
				// Codes are said the way the rest of the UI says them: task.status.DONE, else role.OWNER, status.ACTIVE.
				String plain = messages.getMessage(field + "." + code.name(), null, code.name(), locale);
				return new Value(code.name(),
						messages.getMessage(type.key() + "." + field + "." + code.name(), null, plain, locale));
			}
			Optional<RecordType> reference = type.referenceOf(field).flatMap(types::ofKey);
			if (reference.isPresent() && value instanceof UUID id) {
				return new Value(id.toString(), name(reference.get(), id, revision).orElse(id.toString()));
			}
			return new Value(value.toString(), value.toString());
		}

		private Optional<String> name(RecordType type, UUID id, long revision) {
			return names.computeIfAbsent(type.key() + ':' + id + ':' + revision,
					key -> trail.at(type, id, revision, workspaceId).map(RecordState::name));
		}
	}
}
