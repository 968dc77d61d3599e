package org.serviceplan.feedback.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.serviceplan.feedback.IngestFormat;
import org.serviceplan.feedback.IngestReport;
import org.serviceplan.feedback.IngestReport.Rejection;
import org.serviceplan.feedback.NewAnswer;

/**
 * One ingest: answers gathered into batches of {@link FeedbackProperties#batchSize()}, rejected lines counted and
 * the first {@link FeedbackProperties#listedRejections()} of them kept with their message. A writer thread stores
 * each full batch while the next one is read, so parsing and the database work at the same time; memory holds at
 * most two batches, whatever the size of the body. All batches are one transaction on the writer thread: the
 * report goes out after its commit, and a body that fails midway stores nothing.
 */
public final class Ingestion implements AnswerParser.Sink, AutoCloseable {

	/** Says a rejected field and rule in the caller's language. */
	public interface Messages {

		String say(String field, String messageKey, Object[] arguments);
	}

	private final UUID workspaceId;
	private final ZoneId zone;
	private final AnswerStore store;
	private final Predicate<UUID> touchpointKnown;
	private final FeedbackProperties properties;
	private final Messages messages;
	private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "feedback-writer"));
	private final List<Rejection> rejected = new ArrayList<>();
	private List<NewAnswer> batch;
	private Future<Long> writing;
	/** the import's transaction, touched only on the writer thread */
	private AnswerStore.Import storing;
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
		if (!batch.isEmpty()) {
			write(batch);
			batch = new ArrayList<>();
		}
		awaitWriting();
		writing = writer.submit(() -> {
			if (storing != null) {
				storing.commit();
			}
			return 0L;
		});
		awaitWriting();
		return new IngestReport(accepted, accepted - stored, rejected, rejectedTotal);
	}

	@Override
	public void accept(long line, NewAnswer answer) {
		accepted++;
		batch.add(answer);
		if (batch.size() >= properties.batchSize()) {
			write(batch);
			batch = new ArrayList<>(properties.batchSize());
		}
	}

	@Override
	public void reject(long line, String field, String messageKey, Object... arguments) {
		rejectedTotal++;
		if (rejected.size() < properties.listedRejections()) {
			rejected.add(new Rejection(line, field, messages.say(field, messageKey, arguments)));
		}
	}

	/** Waits for whatever is being written, then rolls back unless committed: a body that failed midway stores nothing. */
	@Override
	public void close() {
		try {
			if (writing != null) {
				writing.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException e) {
			// the failure that ended the ingest is already on its way up
		}
		try {
			writer.submit(() -> {
				if (storing != null) {
					storing.close();
				}
			}).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException e) {
			// a rollback that fails leaves nothing committed either
		}
		finally {
			writer.shutdownNow();
		}
	}

	private void write(List<NewAnswer> answers) {
		awaitWriting();
		writing = writer.submit(() -> {
			if (storing == null) {
				storing = store.begin(workspaceId, zone);
			}
			return storing.store(answers);
		});
	}

	private void awaitWriting() {
		if (writing == null) {
			return;
		}
		try {
			stored += writing.get();
			writing = null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while answers were being stored", e);
		}
		catch (ExecutionException e) {
			writing = null;
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
