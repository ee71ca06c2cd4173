package cn.ezhou.yshj.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the database columns ({@code table.column}) a text ends up in, so that a test can compare
 * the length the code accepts with the schema. On a command record's component it goes with the
 * component's {@code @Size(max)}; on an {@code int} constant the constant is the limit a service
 * checks. Every {@code @Size(max)} on a command's text must name its column.
 */
@Documented
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Stored {

    /** One or more {@code table.column} names, lower case as in the migrations. */
    String[] value();
}
