package org.serviceplan.account.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.Accounts.IssuedToken;
import org.serviceplan.account.Accounts.TokenView;
import org.serviceplan.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens of the caller: the API's own way to get one, besides the profile page. */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tokens", description = "Personal access tokens for the Authorization: Bearer header")
class TokenRestController {

	static final String CREATED_EXAMPLE = """
			{"id": "0b6f3c1e-2d4a-4f7e-9a51-3c2b1d0e9f8a", "name": "Интеграция с CRM",
			 "token": "sp_Yb3kQ9mZt0RrVx1cNwLpA7sEe2HhJuK4oF8dG6iT5aM", "createdAt": "2026-03-02T09:15:00Z"}""";
	static final String LIST_EXAMPLE = """
			[{"id": "0b6f3c1e-2d4a-4f7e-9a51-3c2b1d0e9f8a", "name": "Интеграция с CRM",
			  "createdAt": "2026-03-02T09:15:00Z", "lastUsedAt": "2026-03-05T14:02:11Z"},
			 {"id": "9d1e8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b", "name": "Отчёты Power BI",
			  "createdAt": "2026-03-04T08:00:00Z"}]""";

	private final Accounts accounts;

	TokenRestController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createToken", summary = "Create a token",
			description = "Creates a personal access token for the caller. Log in with HTTP Basic (email and "
					+ "password) — the only endpoint that accepts it — or with an existing token. The token is in "
					+ "this answer only: the server keeps just its hash.",
			security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer") },
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = TokenRequest.class),
					examples = @ExampleObject(name = "crm", value = "{\"name\": \"Интеграция с CRM\"}"))))
	@ApiResponse(responseCode = "201", description = "The token, shown once",
			content = @Content(schema = @Schema(implementation = NewToken.class),
					examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
	NewToken create(@AuthenticationPrincipal CurrentUser user, @RequestBody TokenRequest request) {
		return NewToken.of(accounts.issueToken(user.accountId(), request.name()));
	}

	@GetMapping
	@Operation(operationId = "listTokens", summary = "List my tokens", description = "The caller's tokens, oldest first, without the secrets.")
	@ApiResponse(responseCode = "200", description = "The tokens",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = Token.class)),
					examples = @ExampleObject(name = "tokens", value = LIST_EXAMPLE)))
	List<Token> list(@AuthenticationPrincipal CurrentUser user) {
		return accounts.tokens(user.accountId()).stream().map(Token::of).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeToken", summary = "Revoke a token",
			description = "The token stops working at once. Only the caller's own tokens: any other id answers 404.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		accounts.revokeToken(user.accountId(), id);
	}

	@Schema(description = "A new token")
	record TokenRequest(@Schema(description = "What the token is for, to recognise it later", maxLength = 100,
			example = "Интеграция с CRM", requiredMode = Schema.RequiredMode.REQUIRED) String name) {
	}

	@Schema(description = "A token just created; `token` is shown only here")
	record NewToken(UUID id, String name, @Schema(description = "The secret for Authorization: Bearer") String token,
			Instant createdAt) {

		static NewToken of(IssuedToken issued) {
			return new NewToken(issued.id(), issued.name(), issued.token(), issued.createdAt());
		}
	}

	@Schema(description = "A token, without its secret")
	record Token(UUID id, String name, Instant createdAt,
			@Schema(description = "Absent while the token was never used") Instant lastUsedAt) {

		static Token of(TokenView view) {
			return new Token(view.id(), view.name(), view.createdAt(), view.lastUsedAt());
		}
	}
}
