package io.credlink.monitoring;

/** A webhook URL that is not http(s), or whose host is loopback, private or link-local and not allowed. */
public class TargetRefused extends RuntimeException {

    public TargetRefused(String detail) {
        super(detail);
    }
}
