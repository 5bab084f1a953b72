package io.credlink.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import io.credlink.access.AccessRequestAlreadyDecided;
import io.credlink.access.AccessRequestNotFound;
import io.credlink.access.InvalidInput;
import io.credlink.access.OwnAccountNotDisabled;
import io.credlink.access.UserAlreadyExists;
import io.credlink.access.UserNotFound;
import io.credlink.credit.NotLinkedToParty;
import io.credlink.credit.ScoredPartyNotFound;
import io.credlink.fraud.AlertNotFound;
import io.credlink.fraud.CaseClosed;
import io.credlink.fraud.CaseItemNotAttached;
import io.credlink.fraud.CaseItemNotFound;
import io.credlink.fraud.CaseNotFound;
import io.credlink.fraud.CaseOriginNotRemovable;
import io.credlink.fraud.CaseRelatedToItself;
import io.credlink.fraud.NoSanctionProposal;
import io.credlink.fraud.ScanInProgress;
import io.credlink.ingest.ImportFailed;
import io.credlink.ingest.UploadTooLarge;
import io.credlink.monitoring.TargetRefused;
import io.credlink.monitoring.WatchedEntityNotFound;
import io.credlink.monitoring.WatchlistNotFound;
import io.credlink.registry.EntityNotFound;
import io.credlink.registry.InvalidQueryParameter;
import io.credlink.resolution.DecisionConflict;
import io.credlink.resolution.ResolvedEntityNotFound;
import io.credlink.sanction.FeedbackAlreadyRecorded;
import io.credlink.sanction.IdAlreadyUsed;
import io.credlink.sanction.ImplementerRequired;
import io.credlink.sanction.InvalidEarlyEnd;
import io.credlink.sanction.ItemNotFound;
import io.credlink.sanction.ItemWithdrawn;
import io.credlink.sanction.MeasureNotApplicable;
import io.credlink.sanction.NotYours;
import io.credlink.sanction.ObjectionAlreadyOpen;
import io.credlink.sanction.ObjectionAlreadyResolved;
import io.credlink.sanction.ObjectionNotFound;
import io.credlink.sanction.PartyNotFound;
import io.credlink.sanction.RecordAlreadyWithdrawn;
import io.credlink.sanction.RecordNotFound;
import io.credlink.sanction.SanctionAlreadyWithdrawn;
import io.credlink.sanction.SanctionNotFound;
import io.credlink.sanction.SubjectNotFound;

/**
 * The one table from the modules' exceptions to what clients see: status, problem type, title,
 * detail (the exception's message unless the entry says otherwise) and extension members. Module
 * exceptions are plain domain exceptions that know nothing of HTTP; a module that adds one adds
 * its row here ({@code DomainProblemsTest} fails for an exception without a row). An exception
 * without a row of its own takes the row of its nearest mapped superclass.
 */
public final class DomainProblems {

    /** Detail of every validation problem; the fields are in {@code errors}. */
    static final String INVALID_FIELDS = "The request has invalid fields.";

    /** One row: how an exception of {@code type} is shown. */
    record Row<E extends RuntimeException>(Class<E> type, HttpStatus status, URI problemType, String title,
            Function<E, String> detail, BiConsumer<E, ProblemDetail> members) {

        ProblemDetail problem(RuntimeException ex) {
            E e = type.cast(ex);
            ProblemDetail problem = Problems.of(status, problemType, title, detail.apply(e));
            members.accept(e, problem);
            return problem;
        }
    }

    static final Map<Class<? extends RuntimeException>, Row<?>> TABLE = table(
            // access
            entry(UserNotFound.class, HttpStatus.NOT_FOUND, "user-not-found", "User not found"),
            entry(UserAlreadyExists.class, HttpStatus.CONFLICT, "user-exists", "User already exists",
                    (e, p) -> p.setProperty("name", e.name())),
            entry(OwnAccountNotDisabled.class, HttpStatus.CONFLICT, "own-account", "Own account",
                    (e, p) -> p.setProperty("name", e.name())),
            entry(AccessRequestNotFound.class, HttpStatus.NOT_FOUND, "access-request-not-found", "Access request not found"),
            entry(AccessRequestAlreadyDecided.class, HttpStatus.CONFLICT, "access-request-decided",
                    "Access request already decided", (e, p) -> p.setProperty("requestStatus", e.status().name())),
            invalidFields(InvalidInput.class, e -> e.errors().stream()
                    .map(f -> new Problems.FieldMessage(f.field(), f.message())).toList()),
            // ingest
            entry(ImportFailed.class, HttpStatus.BAD_REQUEST, "import-failed", "Import failed"),
            entry(UploadTooLarge.class, HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large", "Upload too large"),
            // registry
            entry(EntityNotFound.class, HttpStatus.NOT_FOUND, "entity-not-found", "Entity not found",
                    (e, p) -> p.setProperty("entityId", e.entityId())),
            entry(InvalidQueryParameter.class, HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                    (e, p) -> p.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.reason())))),
            // resolution
            entry(ResolvedEntityNotFound.class, HttpStatus.NOT_FOUND, "resolved-entity-not-found",
                    "Resolved entity not found", (e, p) -> p.setProperty("resolvedId", e.resolvedId())),
            entry(DecisionConflict.class, HttpStatus.CONFLICT, "resolution-conflict",
                    "Decision conflicts with earlier decisions", (e, p) -> {
                        p.setProperty("entityId", e.entityId());
                        p.setProperty("otherId", e.otherId());
                    }),
            // sanction
            entry(FeedbackAlreadyRecorded.class, HttpStatus.CONFLICT, "feedback-already-recorded", "Feedback already recorded"),
            entry(IdAlreadyUsed.class, HttpStatus.CONFLICT, "id-already-used", "Id already used"),
            entry(ImplementerRequired.class, HttpStatus.BAD_REQUEST, "implementer-required", "Implementing organisation required"),
            entry(InvalidEarlyEnd.class, HttpStatus.CONFLICT, "invalid-early-end", "Invalid early end"),
            entry(ItemNotFound.class, HttpStatus.NOT_FOUND, "item-not-found", "Item not found"),
            entry(ItemWithdrawn.class, HttpStatus.CONFLICT, "item-withdrawn", "Item withdrawn"),
            entry(MeasureNotApplicable.class, HttpStatus.CONFLICT, "measure-not-applicable", "Measure not applicable"),
            entry(NotYours.class, HttpStatus.FORBIDDEN, "not-yours", "Not yours"),
            entry(ObjectionAlreadyOpen.class, HttpStatus.CONFLICT, "objection-already-open", "Objection already open"),
            entry(ObjectionAlreadyResolved.class, HttpStatus.CONFLICT, "objection-already-resolved", "Objection already resolved"),
            entry(ObjectionNotFound.class, HttpStatus.NOT_FOUND, "objection-not-found", "Objection not found"),
            entry(PartyNotFound.class, HttpStatus.NOT_FOUND, "party-not-found", "Party not found"),
            entry(RecordNotFound.class, HttpStatus.NOT_FOUND, "record-not-found", "Credit record not found"),
            entry(RecordAlreadyWithdrawn.class, HttpStatus.CONFLICT, "record-already-withdrawn", "Credit record already withdrawn"),
            entry(SanctionAlreadyWithdrawn.class, HttpStatus.CONFLICT, "sanction-already-withdrawn", "Sanction already withdrawn"),
            entry(SanctionNotFound.class, HttpStatus.NOT_FOUND, "sanction-not-found", "Sanction not found"),
            entry(SubjectNotFound.class, HttpStatus.NOT_FOUND, "subject-not-found", "Subject not found"),
            // credit
            entry(ScoredPartyNotFound.class, HttpStatus.NOT_FOUND, "party-not-found", "Party not found"),
            invalidFields(NotLinkedToParty.class,
                    e -> List.of(new Problems.FieldMessage("entityId", e.getMessage()))),
            // monitoring
            entry(WatchlistNotFound.class, HttpStatus.NOT_FOUND, "watchlist-not-found", "Watch list not found"),
            entry(WatchedEntityNotFound.class, HttpStatus.NOT_FOUND, "entity-not-found", "Entity not found"),
            entry(TargetRefused.class, HttpStatus.BAD_REQUEST, "webhook-target-refused", "Webhook target refused"),
            // fraud
            entry(AlertNotFound.class, HttpStatus.NOT_FOUND, "alert-not-found", "Alert not found"),
            entry(CaseClosed.class, HttpStatus.CONFLICT, "case-closed", "Case closed"),
            entry(CaseItemNotFound.class, HttpStatus.NOT_FOUND, "case-item-not-found", "Nothing to attach"),
            // removing: the same type as attaching something that does not exist, a title of its own
            entry(CaseItemNotAttached.class, HttpStatus.NOT_FOUND, "case-item-not-found", "Not attached to the case"),
            entry(CaseNotFound.class, HttpStatus.NOT_FOUND, "case-not-found", "Case not found"),
            entry(CaseOriginNotRemovable.class, HttpStatus.CONFLICT, "case-origin", "Origin of the case"),
            entry(NoSanctionProposal.class, HttpStatus.NOT_FOUND, "no-sanction-proposal", "No sanction proposal"),
            entry(ScanInProgress.class, HttpStatus.CONFLICT, "scan-in-progress", "Scan in progress"),
            invalidFields(CaseRelatedToItself.class,
                    e -> List.of(new Problems.FieldMessage("caseId", "a case cannot be related to itself"))));

    private DomainProblems() {
    }

    /** True when a client would get a 4xx problem for the exception: a refusal, not a failure. */
    public static boolean isRefusal(RuntimeException ex) {
        return problemFor(ex).isPresent();
    }

    /** The problem for a module exception, or empty when neither it nor a superclass has a row. */
    static Optional<ProblemDetail> problemFor(RuntimeException ex) {
        for (Class<?> c = ex.getClass(); c != null && c != RuntimeException.class; c = c.getSuperclass()) {
            Row<?> row = TABLE.get(c);
            if (row != null) {
                return Optional.of(row.problem(ex));
            }
        }
        return Optional.empty();
    }

    private static <E extends RuntimeException> Row<E> entry(Class<E> type, HttpStatus status, String slug,
            String title) {
        return entry(type, status, slug, title, (e, p) -> { });
    }

    private static <E extends RuntimeException> Row<E> entry(Class<E> type, HttpStatus status, String slug,
            String title, BiConsumer<E, ProblemDetail> members) {
        return new Row<>(type, status, Problems.type(slug), title, RuntimeException::getMessage, members);
    }

    /** A 400 of the same type and shape as Bean Validation's: {@code errors: [{field, message}]}. */
    private static <E extends RuntimeException> Row<E> invalidFields(Class<E> type,
            Function<E, List<Problems.FieldMessage>> errors) {
        return new Row<>(type, HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request", e -> INVALID_FIELDS,
                (e, p) -> Problems.withErrors(p, errors.apply(e)));
    }

    private static Map<Class<? extends RuntimeException>, Row<?>> table(Row<?>... rows) {
        Map<Class<? extends RuntimeException>, Row<?>> table = new LinkedHashMap<>();
        for (Row<?> row : rows) {
            if (table.put(row.type(), row) != null) {
                throw new IllegalStateException("two rows for " + row.type().getName());
            }
        }
        return Map.copyOf(table);
    }
}
