package io.credlink.access;

import java.util.List;

/**
 * Input that passed Bean Validation but breaks a rule only the module can check (an unknown
 * reference, a field required by another field, a parameter out of its form). Clients get the
 * same validation problem as from Bean Validation, with every field and what is wrong with it.
 */
public class InvalidInput extends RuntimeException {

    /** One invalid input: the JSON property path or parameter name, and what is wrong with it. */
    public record FieldMessage(String field, String message) {
    }

    private final transient List<FieldMessage> errors;

    public InvalidInput(List<FieldMessage> errors) {
        super("The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldMessage(field, message)));
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
