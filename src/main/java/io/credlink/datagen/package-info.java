/**
 * Synthetic datasets in the import format, deterministic for a seed and linear in scale, with
 * injected fraud cases and joint-sanction chains and their ground truth in {@code truth/}.
 */
package io.credlink.datagen;
