package com.studyhall.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import com.studyhall.web.UploadLimit;
import com.studyhall.web.UploadLimitFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.DisabledException;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.SecondFactorService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

import static org.springframework.security.authorization.AuthenticatedAuthorizationManager.authenticated;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasRole;

/**
 * Who may reach what, how people log in, and the headers every response carries.
 *
 * <p>CSRF tokens live in a cookie rather than the session so that anonymous visitors, who read
 * the catalog, need no server-side session at all.
 */
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "media-src 'self' blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    AccountService accounts, UploadLimit uploadLimit,
                                    @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers)
            throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var unmapped = new UnmappedRequests(controllers);
        http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/vendor/**", "/favicon.ico").permitAll()
                        .requestMatchers("/error", "/error/**", UploadLimitFilter.PAGE).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/signup", "/login").permitAll()
                        // Links sent by hand to people without a password yet: the token decides.
                        .requestMatchers("/password/set/*", "/invitations/*").permitAll()
                        .requestMatchers(LoginSuccessHandler.TOTP_PAGE).access(orUnmapped(authenticated(), unmapped))
                        .requestMatchers(HttpMethod.GET, "/courses/*/*/test").access(orUnmapped(authenticated(), unmapped))
                        .requestMatchers(HttpMethod.GET, "/", "/courses/**").permitAll()
                        // What search engines and course pages need: the sitemap, robots.txt, instructors' photos.
                        .requestMatchers(HttpMethod.GET, "/sitemap.xml", "/robots.txt", "/instructors/*/photo").permitAll()
                        // The lab page decides itself: a locked prompt for visitors, the lab for the enrolled.
                        .requestMatchers(HttpMethod.GET, "/lab").permitAll()
                        // The lab preview's recorded run (static JSON): visitors watch it, nothing runs for them.
                        .requestMatchers(HttpMethod.GET, "/lab-preview/**").permitAll()
                        .requestMatchers("/studio/**").access(orUnmapped(hasAnyRole("INSTRUCTOR", "ADMIN"), unmapped))
                        .requestMatchers("/admin/**").access(orUnmapped(hasRole("ADMIN"), unmapped))
                        .anyRequest().access(orUnmapped(authenticated(), unmapped)))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(new LoginFailureHandler())
                        .successHandler(new LoginSuccessHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/?loggedOut")
                        .deleteCookies("JSESSIONID", "SESSION"))
                // Scripts get a plain 401; every page request, whatever its Accept header, the login form.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .addFilterBefore(new AccountSessionFilter(accounts, new HttpSessionSecurityContextRepository()),
                        AuthorizationFilter.class)
                // Before the CSRF check, which would read (and fail on) an upload past the limit.
                .addFilterBefore(new UploadLimitFilter(uploadLimit), CsrfFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /**
     * Grants what the rule grants, and any address no controller serves, so that it is "not found"
     * for everyone, signed in or not. The rule is asked first: the handler lookup that decides
     * "unmapped" runs only for a request the rule would refuse, not on every page a learner opens.
     */
    private static AuthorizationManager<RequestAuthorizationContext> orUnmapped(
            AuthorizationManager<RequestAuthorizationContext> rule, UnmappedRequests unmapped) {
        return AuthorizationManagers.anyOf(rule,
                (authentication, context) -> new AuthorizationDecision(unmapped.matches(context.getRequest())));
    }

    private static CookieCsrfTokenRepository csrfTokenRepository() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return repository;
    }

    /**
     * No observations of the filter chain at all. {@code management.observations.enable.spring.security=false}
     * only makes each observation a no-op: Spring Security still wraps every one of its filters in an
     * observing decorator, which starts and stops a no-op observation per filter on every request
     * (docs/benchmarks.md). Request timings come from {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, SecondFactorService secondFactors,
                                                ApplicationEventPublisher events) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // A disabled account is refused only after a correct password, with the same message as a
        // wrong one: the answer and its timing never reveal that an account is disabled.
        passwordCheck.setPreAuthenticationChecks(user -> { });
        passwordCheck.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        var manager = new ProviderManager(new SecondFactorGate(
                new ThrottlingAuthenticationProvider(passwordCheck, throttle), secondFactors));
        // Sign-ins and their failures become application events, which the audit log records.
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * New hashes use Argon2id, which has no input limit (bcrypt silently ignores everything past
     * 72 bytes, which would cut a long Unicode passphrase short). bcrypt stays readable.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        Map<String, PasswordEncoder> encoders = Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(argon2, encoders);
    }
}
