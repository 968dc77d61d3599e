package org.serviceplan.feedback.internal.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public answer pages {@code /f/**}: anonymous and stateless. No session is created or read, so the page
 * never touches the JDBC session store and serves thousands of views a second from memory.
 * <p>
 * CSRF protection is off here on purpose: it protects a logged-in user's session from a forged request, and
 * these pages have no session and act for nobody — a forged answer is just an answer, and anyone may answer.
 * What stops abuse is the honeypot field, the per-address rate limit and, where a survey needs it, one-time
 * invitation tokens. (A CSRF token would also need a session, which is what this chain avoids.)
 */
@Configuration(proxyBeanMethods = false)
class PublicPageSecurity {

	/** No scripts at all, styles from this site only, forms post back here. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	@Bean
	@Order(0)
	SecurityFilterChain publicSurveyPages(HttpSecurity http) throws Exception {
		return http.securityMatcher("/f/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			// the pages set their own caching: a survey page may be kept a little, an answer never
			.headers(h -> h.cacheControl(c -> c.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}
}
