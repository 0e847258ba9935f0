package fi.tietovahti.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Nothing but the webapps' own login pages, health and (later) the signed e-signature callback and the
 * unsubscribe link is reachable without authentication:
 * <ul>
 *   <li>{@code /engine-rest/*}: HTTP Basic against the engine's users, then the engine's authorizations apply
 *       (Camunda's own filter, as its manual prescribes for the REST API);</li>
 *   <li>{@code /api/*}: the application's endpoints, HTTP Basic or the webapp session, and a group check per
 *       endpoint ({@link AllowedGroups}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration implements WebMvcConfigurer {

    /** The security headers on every answer ({@link SecurityHeaders}), before anything else writes one. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @org.springframework.beans.factory.annotation.Value("${tietovahti.http.hsts-max-age:P365D}")
            java.time.Duration hstsMaxAge) {
        FilterRegistrationBean<SecurityHeaders> registration =
                new FilterRegistrationBean<>(new SecurityHeaders(hstsMaxAge.toSeconds()));
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** After authentication (lowest precedence): completing a task sets the form's fields only. */
    @Bean
    FilterRegistrationBean<FormFieldsOnly> formFieldsOnly(org.camunda.bpm.engine.FormService forms) {
        FilterRegistrationBean<FormFieldsOnly> registration = new FilterRegistrationBean<>(new FormFieldsOnly(forms));
        registration.setName("form-fields-only");
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AllowedGroupsInterceptor()).addPathPatterns("/api/**");
    }
}
