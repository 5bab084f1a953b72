package io.credlink.ingest;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The import could not run at all: unreadable input, a corrupt zip, nothing to import. */
public class ImportFailed extends ErrorResponseException {

    public ImportFailed(String detail) {
        this(HttpStatus.BAD_REQUEST, detail);
    }

    public ImportFailed(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(status == HttpStatus.PAYLOAD_TOO_LARGE
                ? "https://credlink.io/problems/upload-too-large" : "https://credlink.io/problems/import-failed"));
        p.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE ? "Upload too large" : "Import failed");
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
