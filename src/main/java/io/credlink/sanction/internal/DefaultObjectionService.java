package io.credlink.sanction.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.sanction.CreditRecordWithdrawn;
import io.credlink.sanction.ItemNotFound;
import io.credlink.sanction.ItemWithdrawn;
import io.credlink.sanction.NotYours;
import io.credlink.sanction.ObjectionAlreadyOpen;
import io.credlink.sanction.ObjectionAlreadyResolved;
import io.credlink.sanction.ObjectionFiled;
import io.credlink.sanction.ObjectionNotFound;
import io.credlink.sanction.ObjectionRequest;
import io.credlink.sanction.ObjectionResolutionRequest;
import io.credlink.sanction.ObjectionResolved;
import io.credlink.sanction.ObjectionOutcome;
import io.credlink.sanction.ObjectionService;
import io.credlink.sanction.ObjectionStatus;
import io.credlink.sanction.ObjectionView;
import io.credlink.sanction.PageView;
import io.credlink.sanction.SanctionWithdrawn;

/**
 * Objections: filed by the subject an item is about, resolved by a regulator. The disputed flag
 * lives on the item (the sanction's flag is what propagation reports on every measure it derives).
 */
@Service
class DefaultObjectionService implements ObjectionService {

    private final ObjectionStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DefaultObjectionService(ObjectionStore store, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public ObjectionView file(ObjectionRequest request, CurrentUser user) {
        String subject = subjectOf(user);
        ObjectionStore.Item item = store.item(request.recordId()).orElseThrow(() -> new ItemNotFound(request.recordId()));
        if (!subject.equals(item.subjectId())) {
            throw new NotYours(item.id() + " is not about " + subject + "; a subject may object only to items about itself");
        }
        if (item.withdrawn()) {
            throw new ItemWithdrawn(item.id());
        }
        Optional<String> open = store.openObjectionOn(item.id());
        if (open.isPresent()) {
            throw new ObjectionAlreadyOpen(item.id(), open.get());
        }
        String id = "OBJ-" + UUID.randomUUID();
        switch (store.file(id, item, request.reason(), user.name())) {
            case ALREADY_OPEN -> throw new ObjectionAlreadyOpen(item.id(),
                    store.openObjectionOn(item.id()).orElse("(just resolved)"));
            case ITEM_GONE -> {
                if (store.item(item.id()).isPresent()) {
                    throw new ItemWithdrawn(item.id());
                }
                throw new ItemNotFound(item.id());
            }
            case FILED -> publish(new ObjectionFiled(id, item.id(), item.type(), item.subjectId()));
        }
        return store.find(id).orElseThrow(() -> new ObjectionNotFound(id));
    }

    @Override
    public ObjectionView resolve(String objectionId, ObjectionResolutionRequest request, String actor) {
        ObjectionView current = store.find(objectionId).orElseThrow(() -> new ObjectionNotFound(objectionId));
        String reason = "objection " + objectionId + " upheld: " + request.note();
        // the resolution and its events' publications commit together: a crash cannot keep one without the other
        boolean resolved = Boolean.TRUE.equals(transactions.execute(status -> store.resolve(objectionId,
                request.outcome(), actor, request.note(), reason).map(done -> {
                    events.publishEvent(new ObjectionResolved(objectionId, done.itemId(), done.itemType(),
                            done.subjectId(), request.outcome()));
                    if (request.outcome() == ObjectionOutcome.UPHELD && done.withdrewItem()) {
                        events.publishEvent("SANCTION".equals(done.itemType())
                                ? new SanctionWithdrawn(done.itemId(), done.subjectId())
                                : new CreditRecordWithdrawn(done.itemId(), done.subjectId()));
                    }
                    return true;
                }).orElse(false)));
        if (!resolved) {
            throw new ObjectionAlreadyResolved(objectionId,
                    store.find(objectionId).map(ObjectionView::status).orElse(current.status()));
        }
        return store.find(objectionId).orElseThrow(() -> new ObjectionNotFound(objectionId));
    }

    /**
     * Publishes in a transaction of its own, right after the store's write committed: the event's
     * publication is stored there, and listeners after commit (credit) need one to run at all.
     */
    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    @Override
    public ObjectionView find(String objectionId, CurrentUser user) {
        ObjectionView view = store.find(objectionId).orElseThrow(() -> new ObjectionNotFound(objectionId));
        if (user.hasRole(Role.SUBJECT) && !subjectOf(user).equals(view.subjectId())) {
            throw new NotYours("objection " + objectionId + " is not about " + subjectOf(user));
        }
        return view;
    }

    @Override
    public PageView<ObjectionView> list(ObjectionStatus status, int page, int size, CurrentUser user) {
        return store.list(status, user.hasRole(Role.SUBJECT) ? subjectOf(user) : null, page, size);
    }

    private static String subjectOf(CurrentUser user) {
        if (!user.hasRole(Role.SUBJECT)) {
            throw new NotYours("only a SUBJECT user files objections, about the party it is");
        }
        return user.entityId().filter(s -> !s.isBlank())
                .orElseThrow(() -> new NotYours("the signed-in subject has no party (entityId)"));
    }
}
