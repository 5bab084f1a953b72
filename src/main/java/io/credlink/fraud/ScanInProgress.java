package io.credlink.fraud;

/** A scan is already running; scans do not overlap. */
public class ScanInProgress extends RuntimeException {

    public ScanInProgress() {
        super("A fraud scan is already running; try again when it has finished.");
    }
}
