package org.serviceplan.workspace.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties("serviceplan")
record WorkspaceProperties(String baseUrl, @DefaultValue("true") boolean demo, @DefaultValue Admin admin,
		@DefaultValue Invitation invitation, @DefaultValue Mail mail) {

	record Admin(String email, String password) {
	}

	record Invitation(@DefaultValue("7d") Duration validFor) {
	}

	record Mail(@DefaultValue("ServicePlan <no-reply@serviceplan.local>") String from) {
	}

	String link(String path) {
		String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl;
		return base.replaceAll("/+$", "") + path;
	}
}
