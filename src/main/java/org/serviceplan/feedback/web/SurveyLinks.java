package org.serviceplan.feedback.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The absolute links customers get: printed in QR codes and sent in invitations, so they use the public base URL. */
@Component
class SurveyLinks {

	private final String baseUrl;

	SurveyLinks(@Value("${serviceplan.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	String of(String code) {
		return baseUrl + UriComponentsBuilder.fromPath("/f/{code}").buildAndExpand(code).encode().toUriString();
	}

	String of(String code, String token) {
		return baseUrl + UriComponentsBuilder.fromPath("/f/{code}/{token}").buildAndExpand(code, token).encode()
			.toUriString();
	}
}
