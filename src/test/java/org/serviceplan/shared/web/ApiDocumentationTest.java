package org.serviceplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes every API endpoint with examples, and Swagger UI loads under our CSP. */
@IntegrationTest
class ApiDocumentationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	JsonNode docs;

	@BeforeEach
	void readTheDocument() throws Exception {
		docs = json.readTree(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void describesEveryEndpointWithSummaryDescriptionAndExample() {
		var soft = new SoftAssertions();
		for (String[] endpoint : endpoints()) {
			JsonNode operation = docs.path("paths").path(endpoint[1]).path(endpoint[0]);
			String name = endpoint[0].toUpperCase(Locale.ROOT) + " " + endpoint[1];
			soft.assertThat(operation.isMissingNode()).as("%s is documented", name).isFalse();
			soft.assertThat(operation.path("summary").asString("")).as("%s summary", name).isNotBlank();
			soft.assertThat(operation.path("description").asString("")).as("%s description", name).isNotBlank();
			soft.assertThat(operation.findValues("examples")).as("%s examples", name).isNotEmpty();
			operation.path("responses").properties().forEach(response -> {
				if (response.getKey().startsWith("2") && response.getValue().has("content")) {
					soft.assertThat(response.getValue().findValues("examples"))
						.as("%s answer %s has an example", name, response.getKey()).isNotEmpty();
				}
			});
			if (operation.has("requestBody")) {
				soft.assertThat(operation.path("requestBody").findValues("examples"))
					.as("%s request example", name).isNotEmpty();
			}
		}
		soft.assertAll();
	}

	@Test
	void declaresEveryPathVariableAndNamesEveryOperation() {
		var soft = new SoftAssertions();
		var operationIds = new java.util.HashSet<String>();
		for (String[] endpoint : endpoints()) {
			JsonNode operation = docs.path("paths").path(endpoint[1]).path(endpoint[0]);
			var variables = Pattern.compile("\\{([^}]+)}").matcher(endpoint[1]);
			while (variables.find()) {
				String variable = variables.group(1);
				soft.assertThat(operation.path("parameters").valueStream()
					.anyMatch(p -> p.path("in").asString("").equals("path") && p.path("name").asString("").equals(variable)))
					.as("%s declares {%s}", endpoint[1], variable).isTrue();
			}
			soft.assertThat(operation.path("parameters").valueStream().map(p -> p.path("name").asString("")))
				.as("%s %s asks only what a client sends", endpoint[0], endpoint[1]).doesNotContain("member", "user");
			soft.assertThat(operation.path("requestBody").toString())
				.as("%s %s documents its own body, not the caller's membership", endpoint[0], endpoint[1])
				.doesNotContain("schemas/Member\"", "schemas/CurrentUser\"");
			String id = operation.path("operationId").asString("");
			soft.assertThat(id).as("operationId of %s %s", endpoint[0], endpoint[1]).matches("[a-z][A-Za-z]+");
			soft.assertThat(operationIds.add(id)).as("unique operationId %s", id).isTrue();
		}
		soft.assertAll();
	}

	@Test
	void documentsErrorsAsProblemJson() {
		var soft = new SoftAssertions();
		for (String[] endpoint : endpoints()) {
			JsonNode responses = docs.path("paths").path(endpoint[1]).path(endpoint[0]).path("responses");
			String name = endpoint[0] + " " + endpoint[1];
			responses.properties().forEach(response -> {
				if (response.getKey().startsWith("4")) {
					soft.assertThat(response.getValue().path("content").has("application/problem+json"))
						.as("%s %s is problem+json", name, response.getKey()).isTrue();
				}
			});
			if (endpoint[1].contains("{ws}")) {
				soft.assertThat(responses.has("403") && responses.has("404")).as("%s 403 and 404", name).isTrue();
			}
			if (endpoint[0].equals("patch")) {
				soft.assertThat(responses.has("409")).as("%s 409", name).isTrue();
			}
		}
		soft.assertAll();
		assertThat(docs.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();
	}

	@Test
	void asksForBearerTokensAndBasicOnlyToCreateOne() {
		assertThat(docs.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(docs.path("security").toString()).contains("bearer");
		assertThat(docs.path("paths").path("/api/v1/tokens").path("post").path("security").toString())
			.contains("basic");
		JsonNode accept = docs.path("paths").path("/api/v1/invitations/{invitationCode}/accept").path("post");
		assertThat(accept.path("security").isArray() && accept.path("security").isEmpty()).isTrue();
		assertThat(accept.path("responses").has("401")).isFalse();
		assertThat(docs.path("info").path("title").asString()).isEqualTo("ServicePlan API");
		assertThat(docs.path("info").path("description").asString()).contains("problem+json");
	}

	@Test
	void swaggerUiLoadsUnderTheContentSecurityPolicy() throws Exception {
		mvc.perform(get("/swagger-ui.html"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/swagger-ui/index.html"));
		String page = mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page).find())
			.as("inline scripts would be blocked").isFalse();
		assertThat(page).doesNotContain(" onload=", " onclick=");
		mvc.perform(get("/swagger-ui/swagger-initializer.js")).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs/swagger-config"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.url")
				.value("/v3/api-docs"));
	}

	/** Every (method, path) the application serves under /api/v1, as the OpenAPI document spells them. */
	private List<String[]> endpoints() {
		List<String[]> out = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/v1/"))
			.forEach(path -> info.getMethodsCondition().getMethods()
				.forEach(m -> out.add(new String[] { m.name().toLowerCase(Locale.ROOT), path }))));
		assertThat(out).hasSizeGreaterThan(15);
		return out;
	}
}
