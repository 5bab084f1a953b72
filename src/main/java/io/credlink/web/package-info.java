/**
 * The analyst web pages (static assets only) and the one advice that turns every error into
 * RFC 9457 problem details.
 *
 * <p>Allowed dependencies (verified by the modularity test): every module with named exceptions:
 * the one table that maps them to problem details.
 */
@ApplicationModule(allowedDependencies = { "access", "credit", "fraud", "ingest", "monitoring", "registry", "resolution",
        "sanction" })
package io.credlink.web;

import org.springframework.modulith.ApplicationModule;
