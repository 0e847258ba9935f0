package fi.tietovahti.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staff groups that may call an application endpoint. Every handler under {@code /api} must carry it (on the
 * method or its class): an endpoint without it is refused for everyone, so a forgotten annotation fails closed.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedGroups {
    String[] value();
}
