package org.serviceplan.feedback.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.serviceplan.feedback.IngestFormat;
import org.serviceplan.feedback.IngestReport;
import org.serviceplan.feedback.IngestReport.Rejection;
import org.serviceplan.feedback.NewAnswer;

/**
 * One ingest: answers gathered into batches of {@link FeedbackProperties#batchSize()} and written as each fills,
 * rejected lines counted and the first {@link FeedbackProperties#listedRejections()} of them kept with their
 * message. Memory holds one batch, whatever the size of the body.
 */
public final class Ingestion implements AnswerParser.Sink {

	/** Says a rejected field and rule in the caller's language. */
	public interface Messages {

		String say(String field, String messageKey, Object[] arguments);
	}

	private static final Comparator<NewAnswer> BY_EXTERNAL_ID = Comparator.comparing(NewAnswer::externalId,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private final UUID workspaceId;
	private final ZoneId zone;
	private final AnswerStore store;
	private final Predicate<UUID> touchpointKnown;
	private final FeedbackProperties properties;
	private final Messages messages;
	private final List<NewAnswer> batch;
	private final List<Rejection> rejected = new ArrayList<>();
	private long rejectedTotal;
	private long accepted;
	private long stored;

	public Ingestion(UUID workspaceId, ZoneId zone, AnswerStore store, Predicate<UUID> touchpointKnown,
			FeedbackProperties properties, Messages messages) {
		this.workspaceId = workspaceId;
		this.zone = zone;
		this.store = store;
		this.touchpointKnown = touchpointKnown;
		this.properties = properties;
		this.messages = messages;
		this.batch = new ArrayList<>(properties.batchSize());
	}

	public void read(InputStream body, IngestFormat format, Charset charset) throws IOException {
		new AnswerParser(workspaceId, touchpointKnown, this).read(body, format, charset);
	}

	public void take(Iterator<NewAnswer> answers) {
		long position = 0;
		while (answers.hasNext()) {
			NewAnswer answer = answers.next();
			position++;
			if (!answer.workspaceId().equals(workspaceId)) {
				reject(position, "workspaceId", "feedback.answer.otherWorkspace");
			}
			else if (answer.touchpointId() != null && !touchpointKnown.test(answer.touchpointId())) {
				reject(position, "touchpointId", "feedback.answer.unknownTouchpoint", answer.touchpointId());
			}
			else {
				accept(position, answer);
			}
		}
	}

	public IngestReport finish() {
		flush();
		return new IngestReport(accepted, accepted - stored, rejected, rejectedTotal);
	}

	@Override
	public void accept(long line, NewAnswer answer) {
		accepted++;
		batch.add(answer);
		if (batch.size() >= properties.batchSize()) {
			flush();
		}
	}

	@Override
	public void reject(long line, String field, String messageKey, Object... arguments) {
		rejectedTotal++;
		if (rejected.size() < properties.listedRejections()) {
			rejected.add(new Rejection(line, field, messages.say(field, messageKey, arguments)));
		}
	}

	private void flush() {
		if (!batch.isEmpty()) {
			// every writer takes the unique index's locks in the same order, so two ingests that share
			// externalIds wait for each other instead of deadlocking
			batch.sort(BY_EXTERNAL_ID);
			stored += store.store(workspaceId, zone, batch);
			batch.clear();
		}
	}
}
