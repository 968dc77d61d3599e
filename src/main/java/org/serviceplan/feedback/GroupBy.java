package org.serviceplan.feedback;

/** How a metric's series is split: by time bucket in the workspace's timezone, or by a dimension of the answers. */
public enum GroupBy {
	/** key {@code 2026-03-05} */
	DAY,
	/** ISO week, key {@code 2026-W10} */
	WEEK,
	/** key {@code 2026-03} */
	MONTH,
	/** key: the touchpoint id, {@code ""} for answers without one */
	TOUCHPOINT,
	/** key: the segment, {@code ""} for answers without one */
	SEGMENT,
	/** key: the channel, {@code ""} for answers without one */
	CHANNEL;

	public boolean isTime() {
		return this == DAY || this == WEEK || this == MONTH;
	}
}
