package io.credlink.monitoring.internal;

import io.credlink.access.CurrentUser;
import io.credlink.access.Role;

/** Who owns what a user creates: an insurer's organisation (its users share lists), else the user. */
final class Owners {

    private Owners() {
    }

    static String keyOf(CurrentUser user) {
        if (user.role() == Role.INSURER && user.orgId().isPresent()) {
            return "org:" + user.orgId().get();
        }
        return "user:" + user.name();
    }

    /** Deliveries of an insurer's subscriptions carry what an insurer may see. */
    static boolean masked(String ownerKey) {
        return ownerKey.startsWith("org:");
    }
}
