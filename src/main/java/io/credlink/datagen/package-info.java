/**
 * Synthetic datasets in the import format, deterministic for a seed and linear in scale, with
 * injected fraud cases and joint-sanction chains and their ground truth in {@code truth/}.
 *
 * <p>Depends on no other module (verified by the modularity test).
 */
@ApplicationModule(allowedDependencies = {})
package io.credlink.datagen;

import org.springframework.modulith.ApplicationModule;
