package io.credlink.sanction;

/** Published after a subject objected to an item about itself; the item is now disputed. */
public record ObjectionFiled(String objectionId, String itemId, String itemType, String subjectId) {
}
