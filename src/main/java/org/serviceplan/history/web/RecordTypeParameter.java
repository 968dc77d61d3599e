package org.serviceplan.history.web;

import org.serviceplan.shared.RecordType;
import org.serviceplan.shared.RecordTypes;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a record type from a URL by its key ({@code department}); an unknown key is a bad request. */
@Component
class RecordTypeParameter implements Converter<String, RecordType> {

	private final RecordTypes types;

	RecordTypeParameter(RecordTypes types) {
		this.types = types;
	}

	@Override
	public RecordType convert(String key) {
		if (key.isBlank()) {
			return null;
		}
		return types.ofKey(key.strip())
			.orElseThrow(() -> new IllegalArgumentException("unknown record type " + key));
	}
}
