package org.serviceplan.feedback;

/** How a batch of answers is written: one JSON object a line, one JSON array, or CSV with a header row. */
public enum IngestFormat {
	NDJSON, JSON_ARRAY, CSV
}
