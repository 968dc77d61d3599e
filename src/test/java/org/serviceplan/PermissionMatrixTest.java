package org.serviceplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.serviceplan.Routes.Route;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Writes the permission matrix and the route list into docs/security.md from the code, so the document
 * cannot drift from what is enforced. On CI a stale document fails the build.
 */
@IntegrationTest
class PermissionMatrixTest {

	static final Path DOCUMENT = Path.of("docs/security.md");
	static final String START = "<!-- permission-matrix:start -->";
	static final String END = "<!-- permission-matrix:end -->";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void securityDocumentShowsTheMatrixTheCodeEnforces() throws IOException {
		String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		int start = document.indexOf(START);
		int end = document.indexOf(END);
		assertThat(start).as("markers in %s", DOCUMENT).isNotNegative().isLessThan(end);
		String updated = document.substring(0, start + START.length()) + "\n" + matrix() + routes()
				+ document.substring(end);
		if (!updated.equals(document)) {
			Files.writeString(DOCUMENT, updated, StandardCharsets.UTF_8);
		}
		if ("true".equals(System.getenv("CI"))) {
			assertThat(updated).as("docs/security.md is stale: run the tests and commit it").isEqualTo(document);
		}
	}

	private static String matrix() {
		StringBuilder table = new StringBuilder("| permission | ")
			.append(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(" | ")))
			.append(" |\n|---|")
			.append("---|".repeat(Role.values().length))
			.append('\n');
		for (Permission permission : Permission.values()) {
			table.append("| ").append(permission.name()).append(" | ");
			for (Role role : Role.values()) {
				table.append(permission.isGrantedTo(role) ? "✓" : "—").append(" | ");
			}
			table.setLength(table.length() - 1);
			table.append('\n');
		}
		return table.append('\n').toString();
	}

	private String routes() {
		StringBuilder table = new StringBuilder("| route | permission |\n|---|---|\n");
		for (Route route : Routes.of(mappings)) {
			Requires requires = route.handler().getMethodAnnotation(Requires.class);
			String permission = requires != null ? requires.value().name()
					: route.pattern().contains("{ws}") ? "**missing**" : "logged in / public (no workspace)";
			table.append("| `").append(route).append("` | ").append(permission).append(" |\n");
		}
		return table.toString();
	}
}
