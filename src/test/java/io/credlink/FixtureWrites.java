package io.credlink;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.stereotype.Component;

import io.credlink.graph.GraphWrittenAround;

/**
 * Test fixtures write with plain Cypher, around the application's writers: {@link #announce}
 * tells the read models of every running test context ({@link GraphWrittenAround}), so that they
 * answer from the graph until rebuilt instead of from what they held before the fixture.
 */
@Component
public class FixtureWrites implements ApplicationEventPublisherAware, DisposableBean {

    private static final Set<ApplicationEventPublisher> CONTEXTS = new CopyOnWriteArraySet<>();

    private ApplicationEventPublisher publisher;

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        CONTEXTS.add(publisher);
    }

    @Override
    public void destroy() {
        CONTEXTS.remove(publisher);
    }

    /** Call after a fixture wrote to the graph directly. */
    public static void announce(String fixture) {
        CONTEXTS.forEach(p -> p.publishEvent(new GraphWrittenAround(fixture)));
    }
}
