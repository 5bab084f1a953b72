package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.credlink.sanction.BlackListEntry;
import io.credlink.sanction.CreditRecordRecorded;
import io.credlink.sanction.CreditRecordRequest;
import io.credlink.sanction.CreditRecordView;
import io.credlink.sanction.EarlyEndRequest;
import io.credlink.sanction.IdAlreadyUsed;
import io.credlink.sanction.InForceSanction;
import io.credlink.sanction.InvalidEarlyEnd;
import io.credlink.sanction.PageView;
import io.credlink.sanction.PartyItemsView;
import io.credlink.sanction.PartyNotFound;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.RecordNotFound;
import io.credlink.sanction.RedListEntry;
import io.credlink.sanction.RestrictionsView;
import io.credlink.sanction.CreditRecordWithdrawn;
import io.credlink.sanction.RecordAlreadyWithdrawn;
import io.credlink.sanction.SanctionAlreadyWithdrawn;
import io.credlink.sanction.SanctionEndedEarly;
import io.credlink.sanction.SanctionNotFound;
import io.credlink.sanction.SanctionProperties;
import io.credlink.sanction.SanctionRecorded;
import io.credlink.sanction.SanctionRequest;
import io.credlink.sanction.SanctionService;
import io.credlink.sanction.SanctionView;
import io.credlink.sanction.SanctionWithdrawn;
import io.credlink.sanction.SubjectNotFound;
import io.credlink.sanction.WithdrawalRequest;

/**
 * The sanction facade. Restrictions come from the {@link RestrictionsProjection} of every
 * sanction's propagation while it is current ({@link RestrictionReads}: one query for any number
 * of parties), else live: the rules walked backwards from the party to the sanctions that can
 * reach it, each confirmed by the same forward propagation.
 * Either way they are what propagation says, whatever was imported or changed. A change (record,
 * withdrawal, early end, credit record) is one transaction with the publication of its event,
 * whose listeners run after the commit (docs/sanctions.md, "Events"). Reads are read-only
 * transactions, so that a cluster routes them to its readers.
 */
@Service
class DefaultSanctionService implements SanctionService {

    private final Sanctions sanctions;
    private final SanctionLists lists;
    private final PropagationEngine engine;
    private final RestrictionReads restrictionReads;
    private final ProjectedPropagation projectedPropagation;
    private final SanctionProperties properties;
    private final ApplicationEventPublisher events;

    DefaultSanctionService(Sanctions sanctions, SanctionLists lists, PropagationEngine engine,
            RestrictionReads restrictionReads, ProjectedPropagation projectedPropagation, SanctionProperties properties,
            ApplicationEventPublisher events) {
        this.sanctions = sanctions;
        this.lists = lists;
        this.engine = engine;
        this.restrictionReads = restrictionReads;
        this.projectedPropagation = projectedPropagation;
        this.properties = properties;
        this.events = events;
    }

    @Override
    @Transactional
    public SanctionView record(SanctionRequest request, String actor) {
        sanctions.party(request.subjectId()).orElseThrow(() -> new SubjectNotFound(request.subjectId()));
        String id = request.id() == null || request.id().isBlank() ? "SAN-" + UUID.randomUUID() : request.id();
        // the subject was found in this transaction: a failed create is a taken id
        if (sanctions.idTaken(id) || !sanctions.create(request, id, actor)) {
            throw new IdAlreadyUsed(id);
        }
        events.publishEvent(new SanctionRecorded(id, request.subjectId(), request.blacklist()));
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public SanctionView find(String sanctionId) {
        return sanctions.find(sanctionId).orElseThrow(() -> new SanctionNotFound(sanctionId));
    }

    @Override
    @Transactional
    public SanctionView withdraw(String sanctionId, WithdrawalRequest request, String actor) {
        SanctionView current = find(sanctionId);
        if (current.withdrawn() || !sanctions.withdraw(sanctionId, actor, request.reason())) {
            throw new SanctionAlreadyWithdrawn(sanctionId);
        }
        events.publishEvent(new SanctionWithdrawn(sanctionId, current.subjectId()));
        return find(sanctionId);
    }

    @Override
    @Transactional
    public SanctionView endEarly(String sanctionId, EarlyEndRequest request, String actor) {
        SanctionView current = find(sanctionId);
        if (current.withdrawn()) {
            throw new SanctionAlreadyWithdrawn(sanctionId);
        }
        LocalDate to = request.effectiveTo();
        if (to.isBefore(current.effectiveFrom())) {
            throw new InvalidEarlyEnd("the sanction takes effect on " + current.effectiveFrom()
                    + "; an end before that is a withdrawal, not an early end");
        }
        if (current.effectiveTo() != null && !to.isBefore(current.effectiveTo())) {
            throw new InvalidEarlyEnd("the sanction already ends on " + current.effectiveTo()
                    + "; an early end must come before that");
        }
        if (!sanctions.endEarly(sanctionId, to, actor, request.reason())) {
            throw new SanctionAlreadyWithdrawn(sanctionId);
        }
        events.publishEvent(new SanctionEndedEarly(sanctionId, current.subjectId(), to));
        return find(sanctionId);
    }

    @Override
    @Transactional
    public CreditRecordView recordCreditRecord(CreditRecordRequest request, String actor) {
        sanctions.party(request.subjectId()).orElseThrow(() -> new SubjectNotFound(request.subjectId()));
        String id = request.id() == null || request.id().isBlank() ? "REC-" + UUID.randomUUID() : request.id();
        if (sanctions.idTaken(id) || !sanctions.create(request, id, actor)) {
            throw new IdAlreadyUsed(id);
        }
        events.publishEvent(new CreditRecordRecorded(id, request.subjectId()));
        return findCreditRecord(id);
    }

    @Override
    @Transactional(readOnly = true)
    public CreditRecordView findCreditRecord(String recordId) {
        return sanctions.findCreditRecord(recordId).orElseThrow(() -> new RecordNotFound(recordId));
    }

    @Override
    @Transactional
    public CreditRecordView withdrawCreditRecord(String recordId, WithdrawalRequest request, String actor) {
        CreditRecordView current = findCreditRecord(recordId);
        if (current.withdrawn() || !sanctions.withdrawCreditRecord(recordId, actor, request.reason())) {
            throw new RecordAlreadyWithdrawn(recordId);
        }
        events.publishEvent(new CreditRecordWithdrawn(recordId, current.subjectId()));
        return findCreditRecord(recordId);
    }

    @Override
    @Transactional(readOnly = true)
    public PartyItemsView itemsAbout(String partyId) {
        return sanctions.itemsAbout(partyId);
    }

    @Override
    public PropagationView propagation(String sanctionId, LocalDate asOf) {
        return projectedPropagation.propagate(sanctionId, asOf).orElseThrow(() -> new SanctionNotFound(sanctionId));
    }

    @Override
    public Set<String> reachedParties(Collection<String> sanctionIds, LocalDate asOf) {
        return restrictionReads.reached(sanctionIds, asOf);
    }

    @Override
    public Set<String> reachedByNewlyInForce(LocalDate day, LocalDate since) {
        return restrictionReads.reachedByNewlyInForce(day, since);
    }

    @Override
    @Transactional(readOnly = true)
    public List<InForceSanction> inForce(LocalDate asOf, Collection<String> subjects) {
        return sanctions.inForce(asOf, subjects);
    }

    @Override
    @Transactional(readOnly = true)
    public PropagationView impact(SanctionRequest p, LocalDate asOf) {
        Sanctions.Party subject = sanctions.party(p.subjectId()).orElseThrow(() -> new SubjectNotFound(p.subjectId()));
        SanctionFacts facts = new SanctionFacts(p.id(), subject.id(), subject.type(), subject.name(), p.kind(),
                p.severity(), p.blacklist(), p.decidedOn(), p.effectiveFrom(), p.effectiveTo(), false, false);
        return engine.propagate(facts, asOf);
    }

    /**
     * The measures and the sanctions in force on the party and the other members of its resolved
     * entity: one party, blacklisted when any member is. One query while the projection is current.
     */
    @Override
    public RestrictionsView restrictions(String entityId, LocalDate asOf) {
        RestrictionsView view = restrictionReads.read(List.of(entityId), asOf).get(entityId);
        if (view == null) {
            throw new PartyNotFound(entityId);
        }
        return view;
    }

    @Override
    public Map<String, RestrictionsView> restrictions(Collection<String> entityIds, LocalDate asOf) {
        return restrictionReads.read(entityIds, asOf);
    }

    @Override
    public PageView<BlackListEntry> blackList(LocalDate asOf, int page, int size) {
        return lists.black(asOf, page, size);
    }

    @Override
    public PageView<RedListEntry> redList(LocalDate asOf, int page, int size) {
        return lists.red(asOf, asOf.minus(properties.redListWindow()), page, size);
    }
}
