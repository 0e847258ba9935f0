package fi.tietovahti.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses (403) an API call from a user outside the endpoint's {@link AllowedGroups}. */
class AllowedGroupsInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AllowedGroups allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedGroups.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedGroups.class);
        }
        if (allowed == null || !StaffPrincipal.of(request).isMemberOfAny(allowed.value())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Not allowed for your role");
            return false;
        }
        return true;
    }
}
