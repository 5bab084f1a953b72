package io.credlink.fraud;

import org.springframework.http.HttpStatus;

import io.credlink.web.DomainProblem;

/** Base of the module's named exceptions: a problem detail with a stable type. */
public abstract class FraudProblem extends DomainProblem {

    protected FraudProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }
}
