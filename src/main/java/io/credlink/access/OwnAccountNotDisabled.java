package io.credlink.access;

/**
 * An administrator tried to disable its own account: refused, so that at least one enabled
 * administrator (the one asking) always remains.
 */
public class OwnAccountNotDisabled extends RuntimeException {

    private final String name;

    public OwnAccountNotDisabled(String name) {
        super("You cannot disable your own account ('" + name + "'); another administrator can.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
