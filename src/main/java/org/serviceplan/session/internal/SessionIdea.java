package org.serviceplan.session.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * An idea on the session's board: what is wrong now or the ideal future, usually under a touchpoint and sometimes
 * about one of its pains. The facilitator may edit, hide or merge it into another; a merged idea stays as a record
 * of who said what but takes no votes and no place in the ranking.
 */
@Entity
@Table(name = "session_idea")
public class SessionIdea extends TenantOwned {

	@Id
	private UUID id;
	private UUID sessionId;
	private String text;
	@Enumerated(EnumType.STRING)
	private IdeaKind kind;
	private UUID touchpointId;
	private UUID painId;
	private UUID authorId;
	private boolean hidden;
	private UUID mergedInto;
	private Instant createdAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "session_idea_author", joinColumns = @JoinColumn(name = "idea_id"))
	@Column(name = "participant_id")
	private Set<UUID> authorIds = new HashSet<>();
	@Version
	private long version;

	protected SessionIdea() {
	}

	public SessionIdea(UUID sessionId, UUID authorId, IdeaText content, Instant now) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.authorId = authorId;
		this.authorIds.add(authorId);
		this.createdAt = now;
		apply(content);
	}

	void edit(IdeaText content, Long expectedVersion) {
		StaleRecord.check("idea", expectedVersion, version);
		mustNotBeMerged();
		apply(content);
	}

	void hide() {
		mustNotBeMerged();
		this.hidden = true;
	}

	void show() {
		mustNotBeMerged();
		this.hidden = false;
	}

	/** Hands this idea's authors to {@code target} and retires it; the votes move in {@link VoteMerge}. */
	void mergeInto(SessionIdea target) {
		if (target.id.equals(id)) {
			throw new BusinessRuleViolation("targetId", "session.merge.sameIdea");
		}
		mustNotBeMerged();
		if (target.mergedInto != null) {
			throw new BusinessRuleViolation("targetId", "session.idea.merged");
		}
		target.authorIds.addAll(authorIds);
		this.mergedInto = target.id;
	}

	private void mustNotBeMerged() {
		if (mergedInto != null) {
			throw new BusinessRuleViolation("ideaId", "session.idea.merged");
		}
	}

	private void apply(IdeaText content) {
		this.text = Texts.required("text", content.text(), 1000);
		if (content.kind() == null) {
			throw new BusinessRuleViolation("kind", "validation.required");
		}
		this.kind = content.kind();
		this.touchpointId = content.touchpointId();
		this.painId = content.painId();
	}

	/** On the board and in the ranking: neither hidden nor merged into another idea. */
	public boolean isShown() {
		return !hidden && mergedInto == null;
	}

	public UUID id() {
		return id;
	}

	public UUID sessionId() {
		return sessionId;
	}

	public String text() {
		return text;
	}

	public IdeaKind kind() {
		return kind;
	}

	public UUID touchpointId() {
		return touchpointId;
	}

	public UUID painId() {
		return painId;
	}

	/** Who wrote it first. */
	public UUID authorId() {
		return authorId;
	}

	/** Its author and the authors of every idea merged into it. */
	public Set<UUID> authorIds() {
		return Set.copyOf(authorIds);
	}

	public boolean isHidden() {
		return hidden;
	}

	public UUID mergedInto() {
		return mergedInto;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public long version() {
		return version;
	}

	/** What a participant writes, and where it belongs on the map (touchpoint and pain are optional). */
	public record IdeaText(String text, IdeaKind kind, UUID touchpointId, UUID painId) {
	}
}
