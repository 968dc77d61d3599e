package org.serviceplan.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<ReportAttachment, UUID> {

	/** The files of some reports, without their bytes (a list must not load every file). */
	@Query("select new org.serviceplan.plan.internal.AttachmentInfo(a.id, a.reportId, a.fileName, a.contentType, "
			+ "a.byteSize) from ReportAttachment a where a.reportId in :reportIds order by a.uploadedAt, a.fileName")
	List<AttachmentInfo> describe(Collection<UUID> reportIds);
}
