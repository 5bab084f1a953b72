package io.credlink.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import io.credlink.CredLinkTest;
import io.credlink.credit.CreditFixtures;
import io.credlink.credit.CreditService;
import io.credlink.registry.RegistryService;
import io.credlink.sanction.SanctionService;
import io.credlink.web.WarmUpProperties;
import tools.jackson.databind.json.JsonMapper;

/** The warm-up runs every hot path it names on a real graph: none of its calls fails. */
@CredLinkTest
class WarmUpTest {

    @Autowired
    Driver driver;

    @Autowired
    CreditService credit;

    @Autowired
    SanctionService sanctions;

    @Autowired
    RegistryService registry;

    @Autowired
    ObjectProvider<JsonMapper> json;

    @BeforeEach
    void fixture() {
        CreditFixtures.clear(driver);
        CreditFixtures.build(driver);
        credit.recomputeAll(LocalDate.now());
    }

    @AfterEach
    void clean() {
        CreditFixtures.clear(driver);
    }

    @Test
    void everyCallOfTheWarmUpAnswers() {
        // its readiness events are kept from the shared context, which must stay ready for other tests
        ApplicationEventPublisher noReadinessChange = event -> { };
        WarmUp warmUp = new WarmUp(new WarmUpProperties(Duration.ofMillis(300), 20), credit, sanctions, registry,
                noReadinessChange, json);

        assertThat(warmUp.parties()).as("the scored parties it calls for").containsAnyElementsOf(CreditFixtures.CONSUMERS);
        warmUp.warmUp();

        assertThat(warmUp.failures()).isZero();
    }
}
