package org.serviceplan;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Requests to the API as an integrator sends them: a bearer token, JSON bodies, a language. */
public final class ApiRequests {

	private ApiRequests() {
	}

	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	public static MockHttpServletRequestBuilder apiGet(String token, String path, Object... variables) {
		return get(path, variables).with(bearer(token)).accept(MediaType.APPLICATION_JSON);
	}

	public static MockHttpServletRequestBuilder apiDelete(String token, String path, Object... variables) {
		return delete(path, variables).with(bearer(token));
	}

	public static MockHttpServletRequestBuilder apiPost(String token, String json, String path, Object... variables) {
		return post(path, variables).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	public static MockHttpServletRequestBuilder apiPatch(String token, String json, String path, Object... variables) {
		return patch(path, variables).with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content(json);
	}
}
