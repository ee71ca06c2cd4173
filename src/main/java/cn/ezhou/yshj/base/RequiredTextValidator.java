package cn.ezhou.yshj.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RequiredText}. */
public class RequiredTextValidator implements ConstraintValidator<RequiredText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !UserText.isBlank(value.toString());
    }
}
