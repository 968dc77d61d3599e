package org.serviceplan.account.internal;

import org.serviceplan.account.GuestAuthentication;
import org.serviceplan.shared.web.UserLocale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Four filter chains: creating a token (HTTP Basic or a token), the rest of the stateless API (bearer
 * tokens only, so a password sent anywhere else is not even checked), the API documentation, and the browser
 * UI (form login, CSRF, a strict Content-Security-Policy).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ApiProblems apiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		return new ApiProblems(messages, locales, json);
	}

	/** HTTP Basic is accepted here only: a password gets a token, and the token does the rest. */
	@Bean
	@Order(1)
	SecurityFilterChain tokenCreation(HttpSecurity http, JpaAccounts accounts, ApiProblems problems) throws Exception {
		return stateless(http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
				"/api/v1/tokens")), accounts, problems)
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, JpaAccounts accounts, ApiProblems problems) throws Exception {
		return stateless(http.securityMatcher("/api/**"), accounts, problems)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/invitations/*/accept").permitAll()
				.anyRequest().access((authentication, context) -> new AuthorizationDecision(
						authentication.get() instanceof BearerTokenFilter.TokenAuthentication)))
			.build();
	}

	private static HttpSecurity stateless(HttpSecurity http, JpaAccounts accounts, ApiProblems problems) {
		return http.addFilterBefore(new BearerTokenFilter(accounts, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
	}

	@Bean
	@Order(3)
	SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
		return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			// Swagger UI styles itself inline; nothing else gets that.
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain ui(HttpSecurity http, JpaAccounts accounts, LoginAttempts attempts, LocaleResolver locales)
			throws Exception {
		LoginOutcome outcome = new LoginOutcome(accounts, attempts, (UserLocale) locales);
		return http
			.authorizeHttpRequests(auth -> auth
				// calendar feeds: the token in the path is the secret, calendar apps have no session
				.requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
				// guests: the join page is public, and the guest routes are guarded by the module that let them in
				// (a guest pass for that very session, still open; anyone else gets 404 there)
				.requestMatchers("/join", "/join/**", "/guest/**").permitAll()
				.requestMatchers("/login", "/invitations/**", "/language", "/error", "/css/**", "/js/**", "/img/**",
						"/webjars/**", "/favicon.ico", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				// a guest pass opens nothing else of the workspace
				.anyRequest().access((authentication, context) -> new AuthorizationDecision(
						isAccountHolder(authentication.get()))))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(outcome)
				.failureHandler(outcome)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static boolean isAccountHolder(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication)
				&& !(authentication instanceof GuestAuthentication);
	}
}
