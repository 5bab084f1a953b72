package io.credlink.sanction.web;

import java.security.Principal;

/** The name recorded as who acted. */
final class Actors {

    private Actors() {
    }

    static String name(Principal principal) {
        return principal == null || principal.getName() == null ? "anonymous" : principal.getName();
    }
}
