package org.serviceplan.history.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.hibernate.persister.entity.EntityPersister;
import org.serviceplan.shared.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Reads Hibernate Envers' audit tables, generically over the audited entity classes. Every read is limited to
 * one workspace by the audited row itself (its workspace column, or the workspace's own id), never by what
 * the caller asks for alone. Needs a transaction.
 */
@Component
class AuditTrail {

	private final EntityManager entityManager;

	AuditTrail(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The newest {@code limit} rows of each type, newest first; within a revision by type, then by name as the
	 * database sorts it, so that asking again with a larger limit gives the same rows in front.
	 */
	List<AuditRow> latest(UUID workspaceId, Collection<RecordType> types, UUID account, int limit) {
		List<AuditRow> rows = new ArrayList<>();
		for (RecordType type : types) {
			AuditQuery query = revisionsOf(type, workspaceId);
			if (account != null) {
				query.add(AuditEntity.revisionProperty("accountId").eq(account));
			}
			rows.addAll(read(type, query.addOrder(AuditEntity.revisionNumber().desc())
				.addOrder(AuditEntity.property(type.nameField()).asc())
				.addOrder(AuditEntity.id().asc())
				.setMaxResults(limit)));
		}
		rows.sort(Comparator.comparingLong(AuditRow::revisionNumber).reversed()
			.thenComparing(row -> row.state().type().key()));
		return rows;
	}

	/** Every revision of one record of the workspace, oldest first; empty for another workspace's record. */
	List<AuditRow> of(UUID workspaceId, RecordType type, UUID id) {
		return read(type, revisionsOf(type, workspaceId).add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc()));
	}

	/** The record as it was just before this row was written; empty for a record new in that revision. */
	Optional<RecordState> before(AuditRow row) {
		RecordState state = row.state();
		return at(state.type(), state.id(), row.revisionNumber() - 1, state.workspaceId());
	}

	/** A record of the workspace as it was at a revision, also when it was deleted by then. */
	Optional<RecordState> at(RecordType type, UUID id, long revision, UUID workspaceId) {
		if (revision < 1) {
			return Optional.empty();
		}
		Object entity = reader().find(type.entityClass(), type.entityClass().getName(), id, revision, true);
		return Optional.ofNullable(entity)
			.map(e -> state(type, e))
			.filter(state -> workspaceId.equals(state.workspaceId()));
	}

	/** Everyone who changed something in the workspace, by account, with the name they last had. */
	List<Actor> actors(UUID workspaceId) {
		return entityManager
			.createQuery("select r.accountId, max(r.accountName) from Revision r where r.workspaceId = :workspace"
					+ " and r.accountId is not null group by r.accountId", Object[].class)
			.setParameter("workspace", workspaceId)
			.getResultList()
			.stream()
			.map(row -> new Actor((UUID) row[0], (String) row[1]))
			.sorted(Comparator.comparing(Actor::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private AuditQuery revisionsOf(RecordType type, UUID workspaceId) {
		return reader().createQuery()
			.forRevisionsOfEntity(type.entityClass(), false, true)
			.add(belongsTo(type, workspaceId));
	}

	private AuditCriterion belongsTo(RecordType type, UUID workspaceId) {
		return type.tenantOwned() ? AuditEntity.property(tenantField(persister(type))).eq(workspaceId)
				: AuditEntity.id().eq(workspaceId);
	}

	private List<AuditRow> read(RecordType type, AuditQuery query) {
		List<AuditRow> rows = new ArrayList<>();
		for (Object result : query.getResultList()) {
			Object[] columns = (Object[]) result;
			rows.add(new AuditRow((Revision) columns[1], (RevisionType) columns[2], state(type, columns[0])));
		}
		return rows;
	}

	/**
	 * The fields of a type a reader sees, in the order the entity declares them (Hibernate sorts them by
	 * name): audited ones, without the version and the workspace column.
	 */
	List<String> shownFields(RecordType type) {
		EntityPersister persister = persister(type);
		String tenantField = type.tenantOwned() ? tenantField(persister) : null;
		String[] names = persister.getPropertyNames();
		List<String> declared = new ArrayList<>();
		ReflectionUtils.doWithFields(type.entityClass(), field -> declared.add(field.getName()));
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			Field field = ReflectionUtils.findField(type.entityClass(), names[i]);
			// A child's link to its parent (a task's plan) is the parent itself, not a value to show.
			if (i != persister.getVersionPropertyIndex() && !names[i].equals(tenantField)
					&& !persister.getPropertyTypes()[i].isAssociationType()
					&& (field == null || !field.isAnnotationPresent(NotAudited.class))) {
				shown.add(names[i]);
			}
		}
		shown.sort(Comparator.comparingInt(declared::indexOf));
		return shown;
	}

	private RecordState state(RecordType type, Object entity) {
		EntityPersister persister = persister(type);
		UUID id = (UUID) persister.getIdentifier(entity);
		Map<String, Object> fields = new LinkedHashMap<>();
		shownFields(type).forEach(field -> fields.put(field, persister.getPropertyValue(entity, field)));
		UUID workspaceId = type.tenantOwned() ? (UUID) persister.getPropertyValue(entity, tenantField(persister)) : id;
		return new RecordState(type, id, workspaceId, fields);
	}

	private EntityPersister persister(RecordType type) {
		return entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(type.entityClass());
	}

	private static String tenantField(EntityPersister persister) {
		return persister.getTenantIdMapping().getAttributeMapping().getAttributeName();
	}

	private AuditReader reader() {
		return AuditReaderFactory.get(entityManager);
	}
}
