package io.credlink.credit;

/** A SUBJECT's own report was asked for by a user that stands for no party. */
public class NotLinkedToParty extends RuntimeException {

    public NotLinkedToParty() {
        super("this user is not linked to a party (entityId)");
    }
}
