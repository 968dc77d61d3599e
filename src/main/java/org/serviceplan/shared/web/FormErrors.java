package org.serviceplan.shared.web;

import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.springframework.validation.BindingResult;

/** Puts a refused change back on the form it came from, next to the field it concerns. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, BusinessRuleViolation violation) {
		if (violation.field() != null && form.getTarget() != null
				&& hasField(form, violation.field())) {
			form.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.messageKey());
		}
		else {
			form.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
		}
	}

	public static void reject(BindingResult form, StaleRecord stale) {
		form.reject("validation.stale", "validation.stale");
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			form.getFieldType(field);
			return form.getFieldType(field) != null;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
