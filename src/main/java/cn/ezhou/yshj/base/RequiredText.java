package cn.ezhou.yshj.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Required text by the portal's rule ({@link UserText#isBlank}): U+3000 and no-break spaces count
 * as blank. Use it instead of {@code @RequiredText}, which lets a text of full-width spaces through.
 */
@Documented
@Constraint(validatedBy = RequiredTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredText {

    String message() default "validation.required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
