package org.serviceplan.session.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.session.Nomination;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VoteRepository extends JpaRepository<Vote, UUID> {

	Optional<Vote> findByIdeaIdAndParticipantIdAndNomination(UUID ideaId, UUID participantId, Nomination nomination);

	List<Vote> findByParticipantId(UUID participantId);

	List<Vote> findByIdeaId(UUID ideaId);

	List<Vote> findBySessionId(UUID sessionId);

	/** Points the participant has on ideas other than {@code ideaId} in the nomination. */
	@Query("select coalesce(sum(v.points), 0) from Vote v where v.participantId = :participantId "
			+ "and v.nomination = :nomination and v.ideaId <> :ideaId")
	int spentOnOtherIdeas(UUID participantId, Nomination nomination, UUID ideaId);
}
