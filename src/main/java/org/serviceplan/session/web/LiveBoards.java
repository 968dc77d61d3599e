package org.serviceplan.session.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers of this instance that have a session's board open, each on a server-sent-event stream. A change
 * reaches them as one short event naming what changed ({@link BoardChange}); each browser then fetches the part
 * of the board it may see (a participant never gets tallies before the reveal, so the event itself carries none).
 */
@Component
class LiveBoards implements SmartLifecycle {

	/** Browsers reconnect on their own (EventSource), so a stream may end: this keeps threads and sockets bounded. */
	static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
	private volatile boolean running;

	SseEmitter watch(UUID sessionId) {
		var emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		Set<SseEmitter> ofSession = watchers.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>());
		ofSession.add(emitter);
		Runnable forget = () -> forget(sessionId, emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(e -> forget.run());
		// tells the browser the stream is up (and proxies that the response has started)
		send(sessionId, emitter, SseEmitter.event().name("ready").data("ready").reconnectTime(2000));
		return emitter;
	}

	/** Hands a change to every browser of this instance watching the session. */
	void deliver(BoardChange change) {
		for (SseEmitter emitter : watchers.getOrDefault(change.sessionId(), Set.of())) {
			send(change.sessionId(), emitter, SseEmitter.event().name(change.kind().eventName()).data(change.kind().eventName()));
		}
	}

	/** How many browsers of this instance watch the session (for tests and the facilitator's page). */
	int watching(UUID sessionId) {
		return watchers.getOrDefault(sessionId, Set.of()).size();
	}

	/** A comment line every 20 seconds keeps idle streams open through proxies and finds browsers that left. */
	@Scheduled(fixedDelayString = "PT20S")
	void heartbeat() {
		watchers.forEach((sessionId, emitters) -> emitters
			.forEach(emitter -> send(sessionId, emitter, SseEmitter.event().comment("♥"))));
	}

	@Override
	public void start() {
		running = true;
	}

	/**
	 * Ends every stream when the instance shuts down, before the web server waits for open requests: browsers
	 * reconnect to another instance at once, and a graceful shutdown does not wait out its timeout on them.
	 */
	@Override
	public void stop() {
		running = false;
		watchers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
		watchers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void send(UUID sessionId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException gone) {
			forget(sessionId, emitter);
		}
	}

	private void forget(UUID sessionId, SseEmitter emitter) {
		watchers.computeIfPresent(sessionId, (id, emitters) -> {
			emitters.remove(emitter);
			return emitters.isEmpty() ? null : emitters;
		});
	}
}
