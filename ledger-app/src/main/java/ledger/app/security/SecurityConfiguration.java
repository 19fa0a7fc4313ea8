package ledger.app.security;

import static org.springframework.http.HttpMethod.GET;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ledger.app.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * HTTP Basic over the four roles of the API contract, refusals as problem+json; the web console signs
 * people in with a form and keeps a session, with CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String CASEWORKER = Role.CASEWORKER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String OPERATOR = Role.OPERATOR.name();

    /**
     * A plain lookup, deliberately not a UserDetailsPasswordService: otherwise Spring Security would
     * re-hash every password to bcrypt on first login and pay that hash on every request.
     */
    @Bean
    UserDetailsService users(LedgerUsers configured, Environment environment) {
        InMemoryUserDetailsManager directory = UserDirectory.of(configured, environment);
        return directory::loadUserByUsername;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The console's pages (docs/console.md); a page the role may not see answers the 403 page. */
    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/", "/signin", "/signout", "/console", "/console/**", "/webjars/**")
                .formLogin(form -> form.loginPage("/signin").defaultSuccessUrl("/console").permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedOut"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/console/forbidden"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/signin", "/webjars/**", "/console/assets/**").permitAll()
                        .requestMatchers("/console/accounts/**", "/console/payments/**").hasRole(CASEWORKER)
                        .requestMatchers("/console/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/console/batches/**", "/console/projections/**").hasRole(OPERATOR)
                        .requestMatchers("/", "/console", "/console/forbidden").authenticated()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, LoginThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> write(json, response,
                HttpStatus.UNAUTHORIZED, "authentication-required",
                "HTTP Basic credentials of a ledger user are required; the ones sent, if any, were not accepted");
        return http
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new LoginThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> write(json, response, HttpStatus.FORBIDDEN,
                                "role-not-allowed", "your role may not use " + request.getMethod() + " "
                                        + request.getRequestURI())))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(OPERATOR)
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .requestMatchers(GET, "/api/v1/accounts/**").hasAnyRole(CASEWORKER, AUDITOR)
                        .requestMatchers("/api/v1/accounts/**").hasRole(CASEWORKER)
                        .requestMatchers(GET, "/api/v1/payments/**").hasAnyRole(Role.SETTLEMENT.name(), AUDITOR)
                        .requestMatchers("/api/v1/payments/**").hasRole(Role.SETTLEMENT.name())
                        .requestMatchers("/api/v1/national/**").hasRole(Role.SETTLEMENT.name())
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(AUDITOR, OPERATOR)
                        .requestMatchers("/api/v1/reconciliation/**").hasAnyRole(AUDITOR, OPERATOR)
                        .requestMatchers(GET, "/api/v1/institutions/**").hasAnyRole(OPERATOR, AUDITOR)
                        .requestMatchers("/api/v1/institutions/**").hasRole(OPERATOR)
                        .requestMatchers("/api/v1/batches/**", "/api/v1/projections/**").hasRole(OPERATOR)
                        .anyRequest().denyAll())
                .build();
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code,
                              String detail) throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ledger\"");
        }
        Problems.write(json, response, Problems.of(status, code, detail));
    }
}
