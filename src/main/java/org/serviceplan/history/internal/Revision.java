package org.serviceplan.history.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change set: when, by whom, in which workspace. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private Instant revisionAt;

	private UUID workspaceId;
	private UUID accountId;
	private String accountName;

	public Long id() {
		return id;
	}

	public Instant revisionAt() {
		return revisionAt;
	}

	public UUID workspaceId() {
		return workspaceId;
	}

	public UUID accountId() {
		return accountId;
	}

	public String accountName() {
		return accountName;
	}

	void stamp(UUID workspace, UUID account, String name) {
		this.workspaceId = workspace;
		this.accountId = account;
		this.accountName = name;
	}

	void belongsTo(UUID workspace) {
		this.workspaceId = workspace;
	}
}
