package org.serviceplan.workspace.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.account.Accounts.AccountView;
import org.serviceplan.workspace.internal.Staffing;
import org.serviceplan.workspace.internal.Staffing.InvitationPreview;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joining a company with an invitation code, without logging in: the code is the credential. */
@RestController
@Tag(name = "Invitations", description = "Joining a company by invitation")
class InvitationRestController {

	private final Staffing staffing;

	InvitationRestController(Staffing staffing) {
		this.staffing = staffing;
	}

	@PostMapping(path = "/api/v1/invitations/{invitationCode}/accept", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@SecurityRequirements
	@Operation(operationId = "acceptInvitation", summary = "Accept an invitation",
			description = "No authentication: the code from the invitation is enough. Someone new sets a password "
					+ "(at least 8 characters) and may give the name to use; someone who already has an account "
					+ "with the invited e-mail enters that account's password and the company is added to it. "
					+ "Afterwards the person logs in, or gets a token with HTTP Basic at POST /api/v1/tokens. "
					+ "A code already used or expired answers 410, an unknown one 404.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = Acceptance.class),
					examples = @ExampleObject(name = "newAccount", value = """
							{"password": "Регистратура-2026", "name": "Анна Смирнова"}"""))))
	@ApiResponse(responseCode = "201", description = "Joined",
			content = @Content(schema = @Schema(implementation = Joined.class),
					examples = @ExampleObject(name = "joined", value = """
							{"workspaceId": "6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f",
							 "workspaceName": "Клиника «Здоровье»", "email": "a.smirnova@klinika-zdorovie.ru",
							 "name": "Анна Смирнова"}""")))
	@ApiResponse(responseCode = "410", description = "The invitation was already used or has expired",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem"),
					examples = @ExampleObject(name = "gone", value = """
							{"title": "Больше не действует", "status": 410,
							 "detail": "Ссылка уже использована или истекла.",
							 "instance": "/api/v1/invitations/q8ZrT1vLm4KpX0sWd7NyE3bHa6JcU2fG/accept"}""")))
	Joined accept(@PathVariable String invitationCode, @RequestBody Acceptance request, Locale locale) {
		InvitationPreview invitation = staffing.preview(invitationCode);
		AccountView account = staffing.accept(invitationCode, request.password(), request.name(), locale);
		return new Joined(invitation.workspaceId(), invitation.workspaceName(), account.email(), account.name());
	}

	@Schema(description = "Accepting an invitation")
	record Acceptance(
			@Schema(description = "A new password, or the password of your existing account", minLength = 8,
					example = "Регистратура-2026", requiredMode = Schema.RequiredMode.REQUIRED) String password,
			@Schema(description = "Your name, for a new account; the invited name if left out",
					example = "Анна Смирнова") String name) {
	}

	@Schema(description = "The company joined and the account that joined it")
	record Joined(UUID workspaceId, @Schema(example = "Клиника «Здоровье»") String workspaceName,
			@Schema(description = "The login", example = "a.smirnova@klinika-zdorovie.ru") String email,
			@Schema(example = "Анна Смирнова") String name) {
	}
}
