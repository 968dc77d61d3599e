package org.serviceplan.plan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest file a report may carry ({@code SERVICEPLAN_ATTACHMENT_MAX_SIZE}) */
@ConfigurationProperties("serviceplan.attachment")
record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize) {
}
