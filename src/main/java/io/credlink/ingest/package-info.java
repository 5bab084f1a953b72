/**
 * The dataset format of DATA-CONTRACT.md: header and row validation, identifier normalisation,
 * reference checks against the files being imported and the stored graph, and batched,
 * idempotent upserts. One implementation behind three entry points: the {@code import DIR}
 * command, {@code POST /api/v1/imports}, and the sample dataset loaded into an empty database.
 */
@ApplicationModule(allowedDependencies = { "graph" })
package io.credlink.ingest;

import org.springframework.modulith.ApplicationModule;
