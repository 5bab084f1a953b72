package io.credlink.resolution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code credlink.resolution.*} (docs/resolution.md).
 *
 * @param matchThreshold   a score at or above it resolves a pair together (MATCH)
 * @param reviewThreshold  a score at or above it (and below the match threshold) queues the pair for review (POSSIBLE)
 * @param maxBlockSize     a blocking key shared by more parties yields no pairs (shared call-centre phones)
 * @param emIterations     at most this many expectation–maximisation iterations for m and λ
 * @param uSamples         random pairs drawn per class to estimate u
 * @param seed             of the random pairs (runs are reproducible)
 * @param runAfterImport   resolve after every import (command, upload, sample load)
 * @param writeBatch       rows per UNWIND batch when writing back
 */
@Validated
@ConfigurationProperties("credlink.resolution")
public record ResolutionProperties(
        @DefaultValue("0.95") @DecimalMin("0.0") @DecimalMax("1.0") double matchThreshold,
        @DefaultValue("0.3") @DecimalMin("0.0") @DecimalMax("1.0") double reviewThreshold,
        @DefaultValue("50") @Min(2) @Max(10000) int maxBlockSize,
        @DefaultValue("50") @Min(1) @Max(1000) int emIterations,
        @DefaultValue("200000") @Min(1000) int uSamples,
        @DefaultValue("20240601") long seed,
        @DefaultValue("true") boolean runAfterImport,
        @DefaultValue("10000") @Min(100) @Max(100000) int writeBatch) {

    public ResolutionProperties {
        if (reviewThreshold > matchThreshold) {
            throw new IllegalArgumentException("credlink.resolution.review-threshold (" + reviewThreshold
                    + ") must not exceed match-threshold (" + matchThreshold + ")");
        }
    }
}
