package org.serviceplan.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The touchpoints of the current workspace by id, for modules that refer to them (feedback answers, surveys)
 * and must check that an id belongs to the workspace or show its name.
 */
@Service
@Transactional(readOnly = true)
public class TouchpointNames {

	private final EntityManager entities;

	TouchpointNames(EntityManager entities) {
		this.entities = entities;
	}

	/** Every touchpoint's name, journey by journey, in board order. */
	public Map<UUID, String> all() {
		Map<UUID, String> names = new LinkedHashMap<>();
		entities.createQuery("select t.id, t.name from Touchpoint t join t.journey j order by j.title, t.position",
				Object[].class).getResultList().forEach(row -> names.put((UUID) row[0], (String) row[1]));
		return names;
	}

	public boolean exists(UUID touchpointId) {
		return touchpointId != null && entities
			.createQuery("select count(t) from Touchpoint t where t.id = :id", Long.class)
			.setParameter("id", touchpointId)
			.getSingleResult() > 0;
	}
}
