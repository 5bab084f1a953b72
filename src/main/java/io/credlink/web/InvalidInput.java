package io.credlink.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Input that passed Bean Validation but breaks a rule only the service can check (an unknown
 * reference, a field required by another field). Answers 400 with the same type and
 * {@code errors: [{field, message}]} as Bean Validation, so clients handle both alike.
 */
public class InvalidInput extends ErrorResponseException {

    private final transient List<Problems.FieldMessage> errors;

    public InvalidInput(List<Problems.FieldMessage> errors) {
        super(HttpStatus.BAD_REQUEST, Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", "The request has invalid fields."), errors), null);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Problems.FieldMessage(field, message)));
    }

    public List<Problems.FieldMessage> errors() {
        return errors;
    }
}
