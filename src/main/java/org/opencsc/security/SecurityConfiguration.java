package org.opencsc.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the pages (form login or the council's identity provider, sessions, CSRF) and
 * the JSON API (API tokens sent as {@code Authorization: Bearer}, no session, never a password). Behind both, every handler method states the
 * permission it needs with {@code @PreAuthorize}; a test walks all mappings to keep it so.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/login", "/css/**", "/js/**", "/assets/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**"
    };

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
            "base-uri 'self'", "object-src 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, SignInAttempts attempts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, attempts), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are used on the API, and writes only accept application/json, which a
                // cross-site form cannot send without a CORS preflight: CSRF tokens add nothing here.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiTokenFilter.entryPoint()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, FormRescue formRescue, StaffAccounts accounts, SignInAttempts attempts,
                                     ObjectProvider<ClientRegistrationRepository> identityProviders) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .successHandler(formRescue.afterSignIn())
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies("OPENCSC_SESSION", SignedInProof.COOKIE))
                .addFilterBefore(formRescue.keepFormOfExpiredSession(), CsrfFilter.class)
                // After the CSRF check, so that only this site's own sign-in form gets as far as a password.
                .addFilterBefore(new SignInThrottle(attempts), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler(formRescue.keepFormOnStaleToken()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        // Sent on HTTPS requests (including those a trusted proxy forwards as HTTPS).
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/login")
                    .successHandler(formRescue.afterSignIn())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts::loadFederatedUser)));
        }
        return http.build();
    }
}
