package org.serviceplan.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every kind of audited record the modules declared, in the order of their declaration. */
@Component
public class RecordTypes {

	private final List<RecordType> types;

	RecordTypes(List<RecordType> types) {
		this.types = List.copyOf(types);
	}

	public List<RecordType> all() {
		return types;
	}

	public Optional<RecordType> ofKey(String key) {
		return types.stream().filter(t -> t.key().equals(key)).findFirst();
	}
}
