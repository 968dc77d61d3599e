package org.serviceplan.session.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Gets a board change to every app instance. Behind a load balancer the participants of one session sit on
 * different instances, so on PostgreSQL a change goes out as {@code NOTIFY} on one channel and every instance
 * keeps one connection {@code LISTEN}ing to it, handing what arrives to its own browsers. The embedded H2
 * database belongs to one process, so there it is handed over in memory.
 * <p>
 * The listening connection also sends: a change waits at most {@link #POLL_MILLIS} and goes out once however often
 * it happened meanwhile (a vote storm is a few notifications a second, not one a vote), and a committing request
 * never needs a second pooled connection — with many voters at once that used to starve the pool.
 */
@Component
class BoardFanOut implements SmartLifecycle {

	static final String CHANNEL = "serviceplan_board";
	static final int POLL_MILLIS = 50;

	private static final Logger log = LoggerFactory.getLogger(BoardFanOut.class);

	private final DataSource dataSource;
	private final LiveBoards boards;
	private final boolean postgres;
	private final Set<BoardChange> pending = ConcurrentHashMap.newKeySet();
	private volatile Thread listener;

	BoardFanOut(DataSource dataSource, LiveBoards boards) {
		this.dataSource = dataSource;
		this.boards = boards;
		this.postgres = isPostgres(dataSource);
	}

	/** Called after the change committed, so no browser can fetch the board before the change is in it. */
	void publish(BoardChange change) {
		if (postgres) {
			pending.add(change);
		}
		else {
			boards.deliver(change);
		}
	}

	boolean crossesInstances() {
		return postgres;
	}

	@Override
	public void start() {
		if (postgres) {
			Thread thread = new Thread(this::listen, "board-listener");
			thread.setDaemon(true);
			listener = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		Thread running = listener;
		listener = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return listener != null;
	}

	private void listen() {
		while (listener != null) {
			try (Connection connection = dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (listener != null) {
					sendPending(connection);
					PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							boards.deliver(BoardChange.fromWire(notification.getParameter()));
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (listener == null) {
					return;
				}
				log.warn("Listening for board changes failed, trying again in a second: {}", e.toString());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException stopped) {
					return;
				}
			}
		}
	}

	/** Sends what changed since the last round; this instance's browsers get it back as a notification too. */
	private void sendPending(Connection connection) throws SQLException {
		if (pending.isEmpty()) {
			return;
		}
		try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
			for (Iterator<BoardChange> changes = pending.iterator(); changes.hasNext();) {
				BoardChange change = changes.next();
				changes.remove();
				notify.setString(1, CHANNEL);
				notify.setString(2, change.wire());
				try {
					notify.executeQuery().close();
				}
				catch (SQLException broken) {
					pending.add(change); // sent again once the listener has reconnected
					throw broken;
				}
			}
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}
}
