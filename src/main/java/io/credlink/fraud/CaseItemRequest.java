package io.credlink.fraud;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Attaches an item to an open case.
 *
 * @param kind   ALERT (any alert id), RING (the id of a RING alert), CLAIM or PARTY (an entity id)
 * @param itemId the alert's, ring's, claim's or party's id
 */
public record CaseItemRequest(@NotNull CaseItemKind kind, @NotBlank @Size(max = 200) String itemId) {
}
