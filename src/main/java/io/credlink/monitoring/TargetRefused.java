package io.credlink.monitoring;

import org.springframework.http.HttpStatus;

/** A webhook URL that is not http(s), or whose host is loopback, private or link-local and not allowed. */
public class TargetRefused extends MonitoringProblem {

    public TargetRefused(String detail) {
        super(HttpStatus.BAD_REQUEST, "webhook-target-refused", "Webhook target refused", detail);
    }
}
