package io.credlink.credit;

import org.springframework.http.HttpStatus;

import io.credlink.web.DomainProblem;

/** Base of the module's named exceptions: a problem detail with a stable type. */
public abstract class CreditProblem extends DomainProblem {

    protected CreditProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }
}
