package io.credlink.credit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A list of at most {@code credlink.credit.max-check-ids} ids (configurable, hence no {@code @Size}). */
@Documented
@Constraint(validatedBy = WithinCheckLimit.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinCheckLimit {

    String message() default "too many ids for one check";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the limit from the credit configuration (Spring creates validators with injection). */
    class Validator implements ConstraintValidator<WithinCheckLimit, List<?>> {

        private final CreditProperties properties;

        public Validator(CreditProperties properties) {
            this.properties = properties;
        }

        @Override
        public boolean isValid(List<?> ids, ConstraintValidatorContext context) {
            if (ids == null || ids.size() <= properties.maxCheckIds()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("at most " + properties.maxCheckIds() + " ids per check (got "
                    + ids.size() + ")").addConstraintViolation();
            return false;
        }
    }
}
