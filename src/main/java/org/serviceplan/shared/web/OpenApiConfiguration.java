package org.serviceplan.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document behind {@code /v3/api-docs} and {@code /swagger-ui.html}: who we are, how to
 * authenticate, and the problem+json answers every operation may give. Handlers document their own
 * success answers and examples; the error answers are added here from the path and method, so a new
 * endpoint gets them without repeating them. Their examples are the Russian texts of the bundles, what a
 * caller without {@code Accept-Language} receives.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";
	static final String BASIC = "basic";
	static final String PROBLEM = "Problem";
	private static final String WORKSPACE = "ws";
	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	private static final Locale EXAMPLE_LANGUAGE = UserLocale.RUSSIAN;

	private static final String DESCRIPTION = """
			JSON API of ServicePlan: companies (workspaces), their departments, positions and people, \
			invitations and personal access tokens.

			**Authentication.** Send `Authorization: Bearer <token>`. Create a token on your profile page, \
			or with `POST /api/v1/tokens` under HTTP Basic (your email and password): the token is shown once.

			**Errors** are `application/problem+json` (RFC 9457): `status`, `title`, `detail` and, when \
			fields are at fault, `errors: [{"field", "message"}]`. Texts follow `Accept-Language` \
			(`ru` by default, `en`). Another company's id and an unknown id both answer 404.

			**Conventions.** Ids are strings (UUID). Dates `YYYY-MM-DD`, instants ISO-8601 with offset. Every \
			read returns `version`; `PATCH` must send it back (a stale one answers 409). In a `PATCH` body a \
			field left out keeps its value and a field sent as `null` is cleared. Empty fields are left out of \
			answers.""";

	@Bean
	OpenAPI serviceplanOpenApi(@Value("${info.app.version:v1}") String build) {
		return new OpenAPI()
			.info(new Info().title("ServicePlan API").version("v1 (" + build + ")").description(DESCRIPTION))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("Personal access token, `sp_...`, from the profile page or POST /api/v1/tokens"))
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("Email and password; accepted only by POST /api/v1/tokens"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** Adds the problem+json answers each operation can give, unless the handler documented them itself. */
	@Bean
	OpenApiCustomizer problemResponses(MessageSource messages) {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				declarePathVariables(path, operation);
				boolean mutates = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH
						|| method == PathItem.HttpMethod.PUT;
				boolean hasBody = operation.getRequestBody() != null;
				if (hasBody) {
					add(operation, 400, "problem.badRequest", messages, List.of(Map.of("field", "parentId", "message",
							messages.getMessage("validation.uuid", null, EXAMPLE_LANGUAGE))));
				}
				else if (path.contains("{id}")) {
					add(operation, 400, "problem.badRequest", messages, List.of(Map.of("field", "id", "message",
							messages.getMessage("validation.uuid", null, EXAMPLE_LANGUAGE))));
				}
				if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
					add(operation, 401, "problem.unauthorized", messages, List.of());
				}
				if (path.contains("{ws}")) {
					add(operation, 403, "problem.forbidden", messages, List.of());
				}
				if (path.contains("{")) {
					add(operation, 404, "problem.notFound", messages, List.of());
				}
				if (method == PathItem.HttpMethod.PATCH) {
					add(operation, 409, "problem.conflict", messages, List.of());
				}
				if (mutates && hasBody) {
					add(operation, 422, "problem.validation", messages, List.of(Map.of("field", "name", "message",
							messages.getMessage("validation.required", null, EXAMPLE_LANGUAGE))));
				}
			}));
		};
	}

	/**
	 * Handlers of company routes take the caller's membership instead of {@code ws} itself, so the path
	 * variable would go undeclared.
	 */
	private static void declarePathVariables(String path, Operation operation) {
		Matcher variable = PATH_VARIABLE.matcher(path);
		while (variable.find()) {
			String name = variable.group(1);
			boolean declared = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
			if (!declared && WORKSPACE.equals(name)) {
				operation.addParametersItem(new PathParameter().name(WORKSPACE)
					.description("The company's id, from GET /api/v1/workspaces")
					.schema(new StringSchema().format("uuid"))
					.example("6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f"));
			}
			else if (!declared) {
				operation.addParametersItem(new PathParameter().name(name).schema(new StringSchema()));
			}
		}
	}

	private static void add(Operation operation, int status, String key, MessageSource messages,
			List<Map<String, String>> errors) {
		String code = String.valueOf(status);
		if (operation.getResponses() == null || operation.getResponses().containsKey(code)) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", messages.getMessage(key + ".title", null, EXAMPLE_LANGUAGE));
		body.put("status", status);
		body.put("detail", messages.getMessage(key, null, EXAMPLE_LANGUAGE));
		body.put("instance", "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/departments");
		if (!errors.isEmpty()) {
			body.put(ApiErrorResponses.ERRORS, new ArrayList<>(errors));
		}
		operation.getResponses()
			.addApiResponse(code, new ApiResponse().description(messages.getMessage(key + ".title", null, Locale.ENGLISH))
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
					.addExamples(key.substring(key.indexOf('.') + 1), new Example().value(body)))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> fieldError = new ObjectSchema()
			.addProperty("field", new StringSchema().description("The JSON field at fault").example("name"))
			.addProperty("message", new StringSchema().description("What is wrong, in the request's language")
				.example("Поле обязательно для заполнения."));
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().description("Left out: about:blank, the status says it all"))
			.addProperty("title", new StringSchema().description("Short summary, in the request's language"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What happened, in the request's language"))
			.addProperty("instance", new StringSchema().description("The path of the request"))
			.addProperty(ApiErrorResponses.ERRORS, new ArraySchema().items(fieldError)
				.description("The fields at fault (validation failures)"));
	}
}
