package io.credlink.sanction;

import io.credlink.access.CurrentUser;

/**
 * Due process: a subject objects to a sanction or credit record about itself; the item is
 * disputed until a regulator resolves the objection (upheld: the item is withdrawn; rejected: it
 * stands, undisputed). At most one objection per item is open at a time.
 */
public interface ObjectionService {

    /** Files an objection of the signed-in SUBJECT; fails when the item is not about it. */
    ObjectionView file(ObjectionRequest request, CurrentUser user);

    /** Resolves an open objection. */
    ObjectionView resolve(String objectionId, ObjectionResolutionRequest request, String actor);

    /** One objection; a SUBJECT sees only its own. */
    ObjectionView find(String objectionId, CurrentUser user);

    /** Objections, newest first, optionally of one status; a SUBJECT sees only its own. {@code size} 0 = all. */
    PageView<ObjectionView> list(ObjectionStatus status, int page, int size, CurrentUser user);
}
