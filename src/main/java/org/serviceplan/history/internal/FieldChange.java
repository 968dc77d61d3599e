package org.serviceplan.history.internal;

/** One field of a record that got another value; either side may be empty. */
record FieldChange(String field, Object before, Object after) {
}
