package io.credlink.sanction;

/** Published after a regulator resolved an objection; an upheld one withdrew the item. */
public record ObjectionResolved(String objectionId, String itemId, String itemType, String subjectId,
        ObjectionOutcome outcome) {
}
