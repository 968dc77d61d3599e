package org.serviceplan.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingestion settings.
 *
 * @param batchSize answers written per statement; bounds the memory a streamed file holds at once
 * @param listedRejections how many rejected lines a report lists (all are counted)
 * @param heldRollupCells roll-up cells an import counts in memory before it hands them to the database
 */
@ConfigurationProperties("serviceplan.feedback")
public record FeedbackProperties(@DefaultValue("20000") int batchSize, @DefaultValue("1000") int listedRejections,
		@DefaultValue("100000") int heldRollupCells) {
}
