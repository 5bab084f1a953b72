/**
 * Synthetic datasets in the import format, deterministic for a seed and linear in scale, with
 * injected fraud cases and joint-sanction chains, parties reported again by other insurers and
 * look-alikes, and their ground truth in {@code truth/}; {@code DuplicateTruth} scores an entity
 * resolution against it.
 *
 * <p>Depends on no other module (verified by the modularity test).
 */
@ApplicationModule(allowedDependencies = {})
package io.credlink.datagen;

import org.springframework.modulith.ApplicationModule;
