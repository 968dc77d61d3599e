package org.serviceplan.plan;

public enum Priority {
	LOW, MEDIUM, HIGH
}
