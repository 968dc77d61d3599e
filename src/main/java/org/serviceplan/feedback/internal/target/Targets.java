package org.serviceplan.feedback.internal.target;

import java.util.List;
import java.util.UUID;

import org.serviceplan.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's metric targets. */
@Service
@Transactional
public class Targets {

	private final TargetRepository targets;

	Targets(TargetRepository targets) {
		this.targets = targets;
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
		return targets.save(new Target(details));
	}

	public Target change(UUID id, TargetDetails details, Long expectedVersion) {
		Target target = target(id);
		target.change(details, expectedVersion);
		return target;
	}

	public void remove(UUID id) {
		targets.delete(target(id));
	}
}
