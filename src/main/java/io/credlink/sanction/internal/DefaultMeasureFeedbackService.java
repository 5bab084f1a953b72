package io.credlink.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.sanction.FeedbackAlreadyRecorded;
import io.credlink.sanction.ImplementerRequired;
import io.credlink.sanction.MeasureFeedbackRecorded;
import io.credlink.sanction.MeasureFeedbackRequest;
import io.credlink.sanction.MeasureFeedbackService;
import io.credlink.sanction.MeasureFeedbackView;
import io.credlink.sanction.MeasureNotApplicable;
import io.credlink.sanction.NotYours;
import io.credlink.sanction.PropagationView;
import io.credlink.sanction.SanctionFeedbackView;
import io.credlink.sanction.SanctionNotFound;
import io.credlink.sanction.SanctionService;
import io.credlink.sanction.SanctionView;

/**
 * Feedback on joint measures, checked against propagation: an organisation may report only a
 * measure the sanction sets off on that party on the day it reports for.
 */
@Service
class DefaultMeasureFeedbackService implements MeasureFeedbackService {

    /** The measure the sanctioned party itself carries while a blacklisting sanction is in force. */
    static final String BLACKLIST = "BLACKLIST";

    private final SanctionService sanctions;
    private final FeedbackStore store;
    private final ApplicationEventPublisher events;

    DefaultMeasureFeedbackService(SanctionService sanctions, FeedbackStore store, ApplicationEventPublisher events) {
        this.sanctions = sanctions;
        this.store = store;
        this.events = events;
    }

    /** A measure one sanction sets off on one party on a day. */
    private record Applicable(String entityId, String entityType, String name, String measure, String rule) {
    }

    @Override
    public MeasureFeedbackView record(MeasureFeedbackRequest request, CurrentUser user) {
        String implementer = implementer(request, user);
        SanctionView sanction = sanctions.find(request.sanctionId());
        PropagationView propagation = sanctions.propagation(sanction.id(), request.date());
        List<Applicable> measures = applicable(sanction, propagation);
        Applicable match = measures.stream()
                .filter(a -> a.entityId().equals(request.entityId()) && a.measure().equals(request.measure()))
                .findFirst()
                .orElseThrow(() -> new MeasureNotApplicable(whyNot(request, propagation, measures)));
        Map<String, Object> row = new HashMap<>();
        row.put("id", "FB-" + UUID.randomUUID());
        row.put("key", String.join("|", sanction.id(), match.entityId(), match.measure(), request.action().name(),
                request.date().toString(), implementer));
        row.put("sanctionId", sanction.id());
        row.put("entityId", match.entityId());
        row.put("measure", match.measure());
        row.put("rule", match.rule());
        row.put("action", request.action().name());
        row.put("date", request.date());
        row.put("note", request.note() == null || request.note().isBlank() ? null : request.note());
        row.put("implementedBy", implementer);
        row.put("recordedBy", user.name());
        String key = (String) row.get("key");
        switch (store.create(row)) {
            case DUPLICATE -> throw new FeedbackAlreadyRecorded(store.byKey(key).map(MeasureFeedbackView::id).orElse(key));
            case GONE -> throw new SanctionNotFound(sanction.id());
            case CREATED -> events.publishEvent(new MeasureFeedbackRecorded((String) row.get("id"), sanction.id(),
                    match.entityId(), match.measure(), implementer));
        }
        return store.byKey(key).orElseThrow(() -> new SanctionNotFound(sanction.id()));
    }

    @Override
    public SanctionFeedbackView feedback(String sanctionId, LocalDate asOf) {
        SanctionView sanction = sanctions.find(sanctionId);
        List<Applicable> inForce = applicable(sanction, sanctions.propagation(sanctionId, asOf));
        Map<String, List<FeedbackStore.Row>> byMeasure = new LinkedHashMap<>();
        for (FeedbackStore.Row row : store.bySanction(sanctionId)) {
            byMeasure.computeIfAbsent(key(row.view().entityId(), row.view().measure()), k -> new ArrayList<>()).add(row);
        }
        List<SanctionFeedbackView.Measure> measures = new ArrayList<>();
        for (Applicable a : inForce) {
            List<FeedbackStore.Row> rows = Optional.ofNullable(byMeasure.remove(key(a.entityId(), a.measure()))).orElse(List.of());
            measures.add(measure(a, true, rows));
        }
        byMeasure.values().forEach(rows -> {
            FeedbackStore.Row first = rows.get(0);
            measures.add(measure(new Applicable(first.view().entityId(), first.entityType(), first.name(),
                    first.view().measure(), first.view().rule()), false, rows));
        });
        int applied = (int) measures.stream().filter(SanctionFeedbackView.Measure::applied).count();
        int count = measures.stream().mapToInt(m -> m.feedback().size()).sum();
        return new SanctionFeedbackView(sanctionId, asOf, List.copyOf(measures), applied, count);
    }

    private static SanctionFeedbackView.Measure measure(Applicable a, boolean inForce, List<FeedbackStore.Row> rows) {
        List<MeasureFeedbackView> feedback = rows.stream().map(FeedbackStore.Row::view).toList();
        List<String> by = feedback.stream().map(MeasureFeedbackView::implementedBy).distinct().sorted().toList();
        return new SanctionFeedbackView.Measure(a.entityId(), a.entityType(), a.name(), a.measure(), a.rule(),
                inForce, !feedback.isEmpty(), by, feedback);
    }

    private static String key(String entityId, String measure) {
        return entityId + "\u0000" + measure;
    }

    /**
     * The sanctioned party's BLACKLIST (when blacklisting and in force) and that of the other members
     * of its resolved entity (one party: an insurer refuses the person under its own id), then what
     * propagation derives.
     */
    private static List<Applicable> applicable(SanctionView s, PropagationView p) {
        List<Applicable> all = new ArrayList<>();
        if (p.inForce() && s.blacklist()) {
            all.add(new Applicable(s.subjectId(), s.subjectType(), s.subjectName(), BLACKLIST, null));
            p.members().stream().filter(m -> !m.entityId().equals(s.subjectId()))
                    .forEach(m -> all.add(new Applicable(m.entityId(), m.entityType(), m.name(), BLACKLIST, null)));
        }
        p.affected().forEach(a -> all.add(new Applicable(a.entityId(), a.entityType(), a.name(), a.measure(), a.rule())));
        return all;
    }

    private static String whyNot(MeasureFeedbackRequest r, PropagationView p, List<Applicable> measures) {
        String on = "sanction " + r.sanctionId() + " on " + r.date();
        if (!p.inForce()) {
            return on + " sets off no measure: " + p.explanation();
        }
        List<String> there = measures.stream().filter(a -> a.entityId().equals(r.entityId())).map(Applicable::measure)
                .distinct().toList();
        if (there.isEmpty()) {
            return on + " sets off no measure on " + r.entityId();
        }
        return on + " sets off " + String.join(", ", there) + " on " + r.entityId() + ", not " + r.measure();
    }

    /** The organisation the feedback is for: an INSURER's own, else the one named. */
    private static String implementer(MeasureFeedbackRequest request, CurrentUser user) {
        String named = request.implementedBy() == null || request.implementedBy().isBlank() ? null
                : request.implementedBy().strip();
        if (user.hasRole(Role.INSURER)) {
            String own = user.orgId().filter(s -> !s.isBlank())
                    .orElseThrow(() -> new NotYours("the signed-in insurer user has no organisation (orgId)"));
            if (named != null && !named.equals(own)) {
                throw new NotYours("an insurer reports for its own organisation " + own + ", not for " + named);
            }
            return own;
        }
        if (user.hasRole(Role.REGULATOR) || user.hasRole(Role.ADMIN)) {
            if (named == null) {
                throw new ImplementerRequired();
            }
            return named;
        }
        throw new NotYours("only an INSURER, or a REGULATOR or ADMIN on behalf of an organisation, reports feedback");
    }
}
