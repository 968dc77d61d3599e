package org.serviceplan.history.internal;

import java.util.List;

/** One page of a workspace's history, newest first; {@code older} tells whether another page follows. */
public record HistoryPage(List<HistoryEntry> entries, int page, boolean older) {
}
