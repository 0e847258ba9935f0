package fi.tietovahti.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completing a task writes only the variables of the task's form (ADR 18). The engine's complete and submit-form
 * need TASK_WORK only and then set whatever variables the caller sends, at process scope: a handler could finish a
 * task with {@code rightProcess} or {@code identityVerificationId} of their own making. Camunda Forms are not
 * checked on the server, so this filter checks the request against the task's deployed form: a variable that is
 * not a field of the form (its key, or a dynamic list's path) is refused with 403 and nothing is done. It runs on
 * the engine REST API and on the webapps' (Tasklist's) copy of it, after authentication.
 */
class FormFieldsOnly extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

    private final FormService forms;
    private final ObjectMapper json = new ObjectMapper();

    FormFieldsOnly(FormService forms) {
        this.forms = forms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !completion.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Set<String> sent = variableNames(body);
        if (!sent.isEmpty()) {
            Set<String> allowed = formFields(completion.group(1));
            List<String> refused = new ArrayList<>(sent);
            if (allowed != null) {
                refused.removeAll(allowed);
            }
            if (allowed != null && !refused.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getWriter().write(json.writeValueAsString(java.util.Map.of("type", "AuthorizationException",
                        "message", "Not fields of this task's form, so not yours to set: " + refused)));
                return;
            }
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private Set<String> variableNames(byte[] body) {
        Set<String> names = new HashSet<>();
        try {
            JsonNode variables = json.readTree(body).path("variables");
            variables.fieldNames().forEachRemaining(names::add);
        } catch (IOException | RuntimeException e) {
            // not JSON: the REST API answers it
        }
        return names;
    }

    /**
     * The top-level variable names the task's form can submit; null when the form cannot be read (no such task, a
     * task the caller may not read, no Camunda Form): the engine then decides, and refuses what it must.
     */
    private Set<String> formFields(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            Set<String> fields = new HashSet<>();
            collect(json.readTree(form).path("components"), fields);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void collect(JsonNode components, Set<String> fields) {
        for (JsonNode component : components) {
            for (String name : List.of("key", "path")) {
                String value = component.path(name).asText("");
                if (!value.isBlank()) {
                    fields.add(value.split("\\.")[0]);
                }
            }
            collect(component.path("components"), fields);
        }
    }

    /** The request with its body already read. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the body is in memory already: all of it is available at once
                    try {
                        if (in.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
