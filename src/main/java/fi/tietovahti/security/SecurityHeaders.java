package fi.tietovahti.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer, set before the answer is written (a controller may still add its own):
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} everywhere;</li>
 *   <li>{@code Cache-Control: no-store} on everything but the webapps' and the API browser's static files: the API,
 *       the engine's REST, the webapps' own data calls, the delivery and unsubscribe pages all carry personal data,
 *       and a shared computer's browser cache or a proxy must not keep it;</li>
 *   <li>on the application's own pages (not the Camunda webapps, which send their own policy, nor the API browser),
 *       {@code X-Frame-Options: DENY} and a Content-Security-Policy that allows nothing but the page itself;</li>
 *   <li>{@code Strict-Transport-Security} when the request came over TLS (directly, or behind a proxy that says so
 *       with {@code X-Forwarded-Proto} and {@code server.forward-headers-strategy}).</li>
 * </ul>
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** Static files, the same for everybody: cacheable. */
    private static final List<String> STATIC = List.of("/camunda/app/", "/camunda/assets/", "/camunda/lib/",
            "/camunda/plugin/", "/swagger-ui/", "/webjars/");
    /** Pages with a security policy of their own. */
    private static final List<String> OWN_POLICY = List.of("/camunda/", "/swagger-ui", "/v3/api-docs");
    /**
     * No form-action: the delivery page's "Identify" form is answered with a redirect to the identification
     * provider, another origin, and browsers apply form-action to that redirect (the simulator of the local run and
     * the tests is on our own origin and would not show it).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private final long hstsMaxAgeSeconds;

    SecurityHeaders(long hstsMaxAgeSeconds) {
        this.hstsMaxAgeSeconds = hstsMaxAgeSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (STATIC.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            // the engine's REST sends "no-cache" (which lets a cache store the answer) and controllers add their own:
            // no-store stands, once
            response = new NoStore(response);
        }
        if (OWN_POLICY.stream().noneMatch(path::startsWith)) {
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (request.isSecure() && hstsMaxAgeSeconds > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAgeSeconds);
        }
        chain.doFilter(request, response);
    }

    /** A response whose caching cannot be loosened or repeated by what writes it. */
    private static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
