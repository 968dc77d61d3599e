package org.serviceplan.journey.internal;

/** Where the customer meets the company at a touchpoint; multichannel is a principle (domain.md §1). */
public enum Channel {
	OFFLINE, PHONE, WEBSITE, MESSENGER, MOBILE_APP, EMAIL, SOCIAL, OTHER
}
