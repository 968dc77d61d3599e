package org.serviceplan.feedback.internal.target;

import java.util.List;
import java.util.UUID;

import org.serviceplan.journey.TouchpointNames;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's metric targets. */
@Service
@Transactional
public class Targets {

	private final TargetRepository targets;
	private final TouchpointNames touchpoints;

	Targets(TargetRepository targets, TouchpointNames touchpoints) {
		this.targets = targets;
		this.touchpoints = touchpoints;
	}

	@Transactional(readOnly = true)
	public List<Target> all() {
		return targets.findAllByOrderByDueDateAsc();
	}

	@Transactional(readOnly = true)
	public Target target(UUID id) {
		return targets.findById(id).orElseThrow(() -> new RecordNotFound("target", id));
	}

	public Target set(TargetDetails details) {
		Target target = new Target(details);
		checkTouchpoint(details);
		return targets.save(target);
	}

	public Target change(UUID id, TargetDetails details, Long expectedVersion) {
		Target target = target(id);
		target.change(details, expectedVersion);
		checkTouchpoint(details);
		return target;
	}

	/** A target of another company's touchpoint would measure answers this company never sees. */
	private void checkTouchpoint(TargetDetails details) {
		if (details.touchpointId() != null && !touchpoints.exists(details.touchpointId())) {
			throw new BusinessRuleViolation("touchpointId", "feedback.answer.unknownTouchpoint", details.touchpointId());
		}
	}

	public void remove(UUID id) {
		targets.delete(target(id));
	}
}
