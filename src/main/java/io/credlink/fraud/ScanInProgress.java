package io.credlink.fraud;

import org.springframework.http.HttpStatus;

/** A scan is already running; scans do not overlap. */
public class ScanInProgress extends FraudProblem {

    public ScanInProgress() {
        super(HttpStatus.CONFLICT, "scan-in-progress", "Scan in progress",
                "A fraud scan is already running; try again when it has finished.");
    }
}
