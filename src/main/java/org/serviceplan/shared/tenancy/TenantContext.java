package org.serviceplan.shared.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The workspace the current thread works in. Hibernate reads it through {@link WorkspaceTenantResolver}
 * whenever a session opens, so every query on a tenant-owned entity is scoped without a hand-written where.
 * <p>
 * A thread without a workspace sees no tenant-owned rows at all; {@link #asRoot} is for the few system
 * operations that must look across workspaces (a user's list of workspaces, start-up data).
 * Switch only outside a transaction: a session keeps the tenant it was opened with.
 */
public final class TenantContext {

	/** The tenant id a thread without a workspace gets: it matches no row. */
	static final UUID NONE = new UUID(0, 0);
	/** The tenant id that lifts the scope. */
	static final UUID ROOT = new UUID(0, 1);

	private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<UUID> currentWorkspace() {
		UUID id = CURRENT.get();
		return id == null || ROOT.equals(id) ? Optional.empty() : Optional.of(id);
	}

	public static void enter(UUID workspaceId) {
		CURRENT.set(workspaceId);
	}

	public static void clear() {
		CURRENT.remove();
	}

	public static <T> T inWorkspace(UUID workspaceId, Supplier<T> work) {
		return switchTo(workspaceId, work);
	}

	public static void inWorkspace(UUID workspaceId, Runnable work) {
		switchTo(workspaceId, () -> {
			work.run();
			return null;
		});
	}

	public static <T> T asRoot(Supplier<T> work) {
		return switchTo(ROOT, work);
	}

	static UUID tenantForSession() {
		UUID id = CURRENT.get();
		return id == null ? NONE : id;
	}

	private static <T> T switchTo(UUID tenant, Supplier<T> work) {
		UUID previous = CURRENT.get();
		CURRENT.set(tenant);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}
}
