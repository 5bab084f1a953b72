package io.credlink.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The warm-up pass before the service reports ready ({@code credlink.warm-up.*}).
 *
 * @param duration how long the pass runs at most (default 5s; 0 turns it off, as the test suite does)
 * @param parties  how many scored parties it cycles through (default 50)
 */
@Validated
@ConfigurationProperties("credlink.warm-up")
public record WarmUpProperties(@NotNull @DefaultValue("5s") Duration duration, @Min(1) @DefaultValue("50") int parties) {
}
