package org.serviceplan.plan.internal;

import java.util.UUID;

/** An attachment as lists show it: name, type and size, not its bytes. */
public record AttachmentInfo(UUID id, UUID reportId, String fileName, String contentType, long size) {
}
