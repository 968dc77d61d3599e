package org.serviceplan.feedback.internal.survey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many answers one IP address may send: a token bucket per address, in this instance's memory. Each address
 * may send a burst of {@code rateLimit} answers, then one more each time a token drips back in. Behind several
 * instances an address gets that much per instance, which is fine for stopping a script, the aim here.
 */
@Component
public class AnswerRateLimit {

	private static final long MINUTE_NANOS = 60_000_000_000L;
	/** Above this many addresses, buckets that have refilled completely are forgotten: they hold no state. */
	private static final int SWEEP_ABOVE = 10_000;

	private final int capacity;
	private final long nanosPerToken;
	private final LongSupplier nanoTime;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	@Autowired
	AnswerRateLimit(SurveyProperties properties) {
		this(properties.rateLimit(), System::nanoTime);
	}

	AnswerRateLimit(int perMinute, LongSupplier nanoTime) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("serviceplan.survey.rate-limit must be at least 1, not " + perMinute);
		}
		this.capacity = perMinute;
		this.nanosPerToken = MINUTE_NANOS / perMinute;
		this.nanoTime = nanoTime;
	}

	/** Takes a token for an answer from this address; false when its bucket is empty. */
	public boolean allows(String address) {
		long now = nanoTime.getAsLong();
		if (buckets.size() > SWEEP_ABOVE) {
			buckets.values().removeIf(b -> b.isFull(now));
		}
		return buckets.computeIfAbsent(address, a -> new Bucket(capacity, now)).take(now);
	}

	private final class Bucket {

		private double tokens;
		private long updatedAt;

		Bucket(int tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		synchronized boolean take(long now) {
			refill(now);
			if (tokens >= 1) {
				tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return tokens >= capacity;
		}

		private void refill(long now) {
			tokens = Math.min(capacity, tokens + (double) (now - updatedAt) / nanosPerToken);
			updatedAt = now;
		}
	}
}
