package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of the API, so one added later is covered without being listed here: none answers
 * without a valid token (but accepting an invitation), and none lets a stranger into a company.
 */
@IntegrationTest
class ApiEndpointsTest {

	static final String PUBLIC = "/api/v1/invitations/{invitationCode}/accept";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointWantsAValidToken() throws Exception {
		UUID ws = companies.company("Клиника Обход токенов").id();
		var soft = new SoftAssertions();
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.path().equals(PUBLIC)) {
				continue;
			}
			soft.assertThat(status(endpoint.request(ws)))
				.as("%s without a token", endpoint).isEqualTo(401);
			soft.assertThat(status(endpoint.request(ws).header("Authorization", "Bearer sp_forged")))
				.as("%s with a forged token", endpoint).isEqualTo(401);
		}
		soft.assertAll();
	}

	@Test
	void acceptingAnInvitationIsTheOnlyPublicEndpoint() throws Exception {
		assertThat(endpoints()).extracting(Endpoint::path).contains(PUBLIC);
		assertThat(status(MockMvcRequestBuilders.post(PUBLIC, "unknown-code")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"some-password\"}"))).isEqualTo(404);
	}

	@Test
	void everyCompanyEndpointHidesTheCompanyFromStrangers() throws Exception {
		UUID ws = companies.company("Клиника Обход чужих").id();
		String stranger = companies.token(companies.company("Клиника Посторонние").owner());
		var soft = new SoftAssertions();
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.path().contains("{ws}")) {
				soft.assertThat(status(endpoint.request(ws).with(ApiRequests.bearer(stranger))))
					.as("%s for a stranger", endpoint).isEqualTo(404);
			}
		}
		soft.assertAll();
	}

	@Test
	void everyRecordEndpointAnswers404ForAnUnknownId() throws Exception {
		var company = companies.company("Клиника Обход id");
		String owner = companies.token(company.owner());
		var soft = new SoftAssertions();
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.path().contains("{id}") && endpoint.path().contains("{ws}")) {
				soft.assertThat(status(endpoint.request(company.id()).with(ApiRequests.bearer(owner))))
					.as("%s with an unknown id", endpoint).isEqualTo(404);
			}
		}
		soft.assertAll();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> out = Routes.of(mappings).stream()
			.filter(route -> route.pattern().startsWith("/api/v1/"))
			.map(Endpoint::new)
			.toList();
		assertThat(out).hasSizeGreaterThan(15);
		return out;
	}

	record Endpoint(Routes.Route route) {

		String path() {
			return route.pattern();
		}

		MockHttpServletRequestBuilder request(UUID ws) {
			String uri = route.expand(variable -> switch (variable) {
				case "ws" -> ws.toString();
				case "invitationCode" -> "unknown-code";
				case "type" -> "department";
				default -> UUID.randomUUID().toString();
			});
			HttpMethod method = HttpMethod.valueOf(route.method().name());
			var request = MockMvcRequestBuilders.request(method, uri).accept(MediaType.APPLICATION_JSON);
			if (method == HttpMethod.POST || method == HttpMethod.PATCH || method == HttpMethod.PUT) {
				request.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Обход\", \"version\": 0}");
			}
			return request;
		}

		@Override
		public String toString() {
			return route.toString();
		}
	}
}
