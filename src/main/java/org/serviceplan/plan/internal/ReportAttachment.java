package org.serviceplan.plan.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * A file handed in with a checkpoint report (a photo of the new reception desk, a survey export). Kept in the
 * database, not on a local disk, so every instance of the application serves the same files.
 */
@Entity
@Table(name = "plan_report_attachment")
public class ReportAttachment extends TenantOwned {

	@Id
	private UUID id;
	private UUID reportId;
	private String fileName;
	private String contentType;
	private long byteSize;
	@Column(name = "content")
	private byte[] content;
	private UUID uploadedBy;
	private Instant uploadedAt;

	protected ReportAttachment() {
	}

	ReportAttachment(UUID reportId, Upload upload, UUID uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.reportId = reportId;
		this.fileName = upload.fileName();
		this.contentType = upload.contentType();
		this.byteSize = upload.content().length;
		this.content = upload.content();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	/** A file as it arrives, its name already made safe ({@link #safeFileName}). */
	public record Upload(String fileName, String contentType, byte[] content) {

		public Upload {
			fileName = safeFileName(fileName);
			contentType = contentType == null || contentType.isBlank() || contentType.length() > 200
					? "application/octet-stream" : contentType.strip();
		}
	}

	/**
	 * The name without any folder a browser may send, control characters or quotes, at most 200 characters;
	 * "file" when nothing is left.
	 */
	static String safeFileName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name.isBlank() ? "file" : name;
	}

	public UUID id() {
		return id;
	}

	public UUID reportId() {
		return reportId;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public long size() {
		return byteSize;
	}

	public byte[] content() {
		return content.clone();
	}

	public UUID uploadedBy() {
		return uploadedBy;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}
}
