package org.serviceplan.shared;

/** The demo company's login, named on the login page and in README while demo mode is on. */
public final class Demo {

	public static final String OWNER_EMAIL = "owner@klinika.demo";
	public static final String PASSWORD = "demo12345";

	private Demo() {
	}
}
