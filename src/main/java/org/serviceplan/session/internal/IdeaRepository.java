package org.serviceplan.session.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IdeaRepository extends JpaRepository<SessionIdea, UUID> {

	List<SessionIdea> findBySessionIdOrderByCreatedAtAscIdAsc(UUID sessionId);

	List<SessionIdea> findByTouchpointIdAndMergedIntoIsNullAndHiddenFalseOrderByCreatedAtAsc(UUID touchpointId);

	List<SessionIdea> findByPainIdAndMergedIntoIsNullAndHiddenFalseOrderByCreatedAtAsc(UUID painId);
}
