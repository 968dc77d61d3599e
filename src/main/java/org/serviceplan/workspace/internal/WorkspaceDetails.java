package org.serviceplan.workspace.internal;

import java.time.ZoneId;
import java.util.Currency;

import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.Money;

/** What a workspace says about itself; RUB and Moscow time unless chosen otherwise. */
public record WorkspaceDetails(String name, String industry, ZoneId timezone, Currency currency) {

	public WorkspaceDetails {
		name = Names.required("name", name, 200);
		industry = Names.optional("industry", industry, 100);
		timezone = timezone == null ? Workspace.DEFAULT_TIMEZONE : timezone;
		currency = currency == null ? Money.RUB : currency;
	}

	public static WorkspaceDetails named(String name) {
		return new WorkspaceDetails(name, null, null, null);
	}

	public static ZoneId zone(String field, String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (RuntimeException e) {
			throw new BusinessRuleViolation(field, "workspace.timezone.unknown", id);
		}
	}

	public static Currency currency(String field, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (RuntimeException e) {
			throw new BusinessRuleViolation(field, "workspace.currency.unknown", code);
		}
	}
}
