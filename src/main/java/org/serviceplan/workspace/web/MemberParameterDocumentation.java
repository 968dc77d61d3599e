package org.serviceplan.workspace.web;

import java.util.Arrays;

import org.serviceplan.workspace.Member;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The caller's membership is resolved from the token and the {@code {ws}} in the path, never sent by
 * the client: the OpenAPI document must not list it as a query parameter.
 */
@Configuration(proxyBeanMethods = false)
class MemberParameterDocumentation {

	@Bean
	OperationCustomizer hideMemberParameter() {
		return (operation, handler) -> {
			boolean takesMember = Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.getParameterType().equals(Member.class));
			if (takesMember && operation.getParameters() != null) {
				operation.getParameters().removeIf(p -> "query".equals(p.getIn()) && "member".equals(p.getName()));
			}
			return operation;
		};
	}
}
