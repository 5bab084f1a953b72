package io.credlink.monitoring;

import org.springframework.http.HttpStatus;

import io.credlink.web.DomainProblem;

/** Base of the module's named exceptions: a problem detail with a stable type. */
public abstract class MonitoringProblem extends DomainProblem {

    protected MonitoringProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }
}
