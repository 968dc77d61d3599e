package org.serviceplan.plan.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Tasks found by where they came from (a session's idea, its touchpoint or pain). */
interface TaskOriginRepository extends Repository<PlanTask, UUID> {

	@Query("select t from PlanTask t join fetch t.plan where t.id = :taskId")
	List<PlanTask> withId(UUID taskId);

	@Query("select t from PlanTask t join fetch t.plan p where t.originIdeaId = :ideaId order by p.title, t.block, t.position")
	List<PlanTask> fromIdea(UUID ideaId);

	@Query("select t from PlanTask t join fetch t.plan p where t.originTouchpointId = :touchpointId "
			+ "order by p.title, t.block, t.position")
	List<PlanTask> fromTouchpoint(UUID touchpointId);

	@Query("select t from PlanTask t join fetch t.plan p where t.originPainId = :painId order by p.title, t.block, t.position")
	List<PlanTask> fromPain(UUID painId);

	@Query("select t from PlanTask t join fetch t.plan p where t.originSessionId = :sessionId "
			+ "order by p.title, t.block, t.position")
	List<PlanTask> fromSession(UUID sessionId);
}
