package io.credlink.registry;

/** A party's credit score (0–1000) and grade (A–D), as the credit module computes it. */
public record CreditSummary(int score, String grade) {
}
