package io.credlink.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import io.credlink.access.CurrentUser;
import io.credlink.access.EntityVisibility;
import io.credlink.access.Role;
import io.credlink.access.UserService;
import io.credlink.registry.CreditLookup;
import io.credlink.registry.CreditSummary;
import io.credlink.registry.EdgeView;
import io.credlink.registry.EntityNotFound;
import io.credlink.registry.EntityView;
import io.credlink.registry.InvalidQueryParameter;
import io.credlink.registry.MarketStatisticsView;
import io.credlink.registry.NetworkRequest;
import io.credlink.registry.NetworkView;
import io.credlink.registry.NodeView;
import io.credlink.registry.PathView;
import io.credlink.registry.PathsRequest;
import io.credlink.registry.PathsView;
import io.credlink.registry.RegistryProperties;
import io.credlink.registry.RegistryService;
import io.credlink.registry.ResolutionLookup;
import io.credlink.registry.SameAsLink;
import io.credlink.registry.SearchHit;
import io.credlink.registry.SearchRequest;
import io.credlink.registry.SearchView;

/**
 * The registry facade. Credit comes from an optional {@link CreditLookup} bean (the credit
 * module); without one, entities carry {@code credit: null}.
 */
@Service
class DefaultRegistryService implements RegistryService {

    /** The deepest neighbourhood: what {@code expandNetwork.cypher} reads in one query. */
    static final int MAX_DEPTH = RegistryQueries.NETWORK_LEVELS;
    static final int MAX_HOPS = 6;
    static final int MAX_QUERY_LENGTH = 200;
    static final Set<String> TYPES = Set.of("Insurer", "Intermediary", "Practitioner", "Consumer", "Provider", "Policy",
            "Claim", "Identifier", "Sanction", "CreditRecord");

    static final Set<String> PARTY_TYPES = Set.of("Insurer", "Intermediary", "Practitioner", "Consumer", "Provider");
    /** Rows an insurer's search asks for per hit it may return: most hidden hits still leave a full page. */
    static final int INSURER_OVERFETCH = 4;

    private final RegistryQueries queries;
    private final RegistryProperties properties;
    private final ObjectProvider<CreditLookup> credit;
    private final ObjectProvider<ResolutionLookup> resolution;
    private final UserService users;
    private final EntityVisibility visibility;

    DefaultRegistryService(RegistryQueries queries, RegistryProperties properties, ObjectProvider<CreditLookup> credit,
            ObjectProvider<ResolutionLookup> resolution, UserService users, EntityVisibility visibility) {
        this.queries = queries;
        this.properties = properties;
        this.credit = credit;
        this.resolution = resolution;
        this.users = users;
        this.visibility = visibility;
    }

    @Override
    public EntityView entity(String id) {
        RegistryQueries.Entity entity = queries.findEntity(id).orElseThrow(() -> new EntityNotFound(id));
        RegistryQueries.Node node = entity.node();
        CreditLookup lookup = credit.getIfAvailable();
        CreditSummary summary = lookup == null ? null : lookup.find(id).orElse(null);
        Object resolved = node.properties().get("resolvedId");
        String resolvedId = PARTY_TYPES.contains(node.type()) ? resolved instanceof String r ? r : node.id() : null;
        Map<String, Long> relationships = entity.relationships();
        if (relationships.containsKey(ResolutionLookup.SAME_AS)
                && users.currentUser().filter(u -> u.role() == Role.INSURER).isPresent()) {
            // how many records resolution links to a party is not an insurer's to count (SameAsMembers)
            relationships = new LinkedHashMap<>(relationships);
            relationships.remove(ResolutionLookup.SAME_AS);
        }
        return new EntityView(node.id(), node.type(), node.label(), node.properties(), summary, relationships,
                resolvedId);
    }

    @Override
    public NetworkView network(NetworkRequest request) {
        int depth = request.depth();
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidQueryParameter("depth", "must be between 1 and " + MAX_DEPTH + " (was " + depth + ")");
        }
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        int limit = properties.maxNetworkNodes();
        // every level and the edges among the nodes in one query (breadth first, capped at limit nodes)
        RegistryQueries.Neighbourhood found = queries.expandNetwork(request.id(), depth, asOf, limit)
                .orElseThrow(() -> new EntityNotFound(request.id()));
        RegistryQueries.Node root = found.nodes().get(0);
        Map<String, RegistryQueries.Node> nodes = new LinkedHashMap<>();
        found.nodes().forEach(n -> nodes.put(n.id(), n));
        int reached = found.reached();
        boolean truncated = found.truncated();
        List<EdgeView> edges = found.edges();
        ResolutionLookup lookup = resolution.getIfAvailable();
        if (lookup != null) {
            edges = withSameAsEvidence(lookup, edges);
            CurrentUser insurer = users.currentUser().filter(u -> u.role() == Role.INSURER).orElse(null);
            if (insurer != null) {
                SameAsMembers.Network kept = SameAsMembers.hiddenFrom(insurer, visibility, root.id(), depth, nodes, edges);
                nodes.keySet().retainAll(kept.nodeIds());
                edges = kept.edges();
                reached = Math.min(reached, kept.depthReached());
            }
        }
        List<NodeView> views = nodes.values().stream().map(DefaultRegistryService::view).toList();
        return new NetworkView(root.id(), depth, reached, asOf, truncated, limit, views, edges);
    }

    /**
     * Resolution's links as the network shows them: score, decision and the evidence (field,
     * comparison, weight) read through its API, instead of the stored parallel lists.
     */
    private static List<EdgeView> withSameAsEvidence(ResolutionLookup lookup, List<EdgeView> edges) {
        Set<String> ends = new LinkedHashSet<>();
        edges.stream().filter(e -> ResolutionLookup.SAME_AS.equals(e.type())).forEach(e -> {
            ends.add(e.source());
            ends.add(e.target());
        });
        if (ends.isEmpty()) {
            return edges;
        }
        Map<String, SameAsLink> links = new HashMap<>();
        lookup.links(ends).forEach(l -> links.put(l.a() + "\u0000" + l.b(), l));
        return edges.stream().map(e -> {
            SameAsLink l = ResolutionLookup.SAME_AS.equals(e.type()) ? links.get(e.source() + "\u0000" + e.target()) : null;
            if (l == null) {
                return e;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("score", l.score());
            props.put("decision", l.decision());
            props.put("evidence", l.evidence());
            return new EdgeView(e.source(), e.target(), e.type(), props);
        }).toList();
    }

    @Override
    public PathsView paths(PathsRequest request) {
        int maxHops = request.maxHops() == null ? properties.defaultMaxHops() : request.maxHops();
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new InvalidQueryParameter("maxHops", "must be between 1 and " + MAX_HOPS + " (was " + maxHops + ")");
        }
        if (request.from() == null || request.from().isBlank()) {
            throw new InvalidQueryParameter("from", "is required");
        }
        if (request.to() == null || request.to().isBlank()) {
            throw new InvalidQueryParameter("to", "is required");
        }
        if (request.from().equals(request.to())) {
            throw new InvalidQueryParameter("to", "must differ from 'from'");
        }
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        // an insurer's paths do not go through resolution's links: they would name members it may
        // not learn of (SameAsMembers)
        List<String> excluded = users.currentUser().filter(u -> u.role() == Role.INSURER).isPresent()
                ? List.of(ResolutionLookup.SAME_AS) : List.of();
        // the search's first expansion (from its start, with the whole budget) is read with its ends
        int firstLimit = properties.maxPathExpansion() + 1;
        RegistryQueries.PathStart start = queries.findPathStart(request.from(), request.to(), asOf, firstLimit, excluded);
        Map<String, RegistryQueries.Node> ends = byId(start.ends());
        for (String id : List.of(request.from(), request.to())) {
            if (!ends.containsKey(id)) {
                throw new EntityNotFound(id);
            }
        }
        ShortestPaths.Expander levels = new ShortestPaths.Expander() {
            @Override
            public List<ShortestPaths.Step> expand(List<String> frontier, int limit) {
                return queries.expandPathLevel(frontier, asOf, limit, excluded);
            }

            @Override
            public ShortestPaths.Level expandTowards(List<String> frontier, Set<String> targets, int limit) {
                return queries.expandPathLevelTowards(frontier, targets, asOf, limit, excluded);
            }
        };
        ShortestPaths.Result result = ShortestPaths.find(request.from(), request.to(), maxHops, properties.maxPaths(),
                properties.maxPathExpansion(), firstRead(request.from(), firstLimit, start.firstSteps(), levels));
        List<PathView> details = details(result.paths(), asOf);
        return new PathsView(request.from(), request.to(), maxHops, asOf, result.paths().isEmpty() ? null : result.length(),
                result.paths(), details, result.truncated(), properties.maxPaths(), result.budgetExhausted());
    }

    /**
     * The expander of a search whose first expansion was already read: the first call (from the
     * start alone, with the whole budget, as {@link ShortestPaths#find} always begins) is answered
     * with those steps, every other by a query.
     */
    private static ShortestPaths.Expander firstRead(String from, int limit, List<ShortestPaths.Step> steps,
            ShortestPaths.Expander rest) {
        AtomicBoolean used = new AtomicBoolean();
        return new ShortestPaths.Expander() {
            private boolean first(List<String> frontier, int l) {
                return l == limit && frontier.equals(List.of(from)) && used.compareAndSet(false, true);
            }

            @Override
            public List<ShortestPaths.Step> expand(List<String> frontier, int l) {
                return first(frontier, l) ? steps : rest.expand(frontier, l);
            }

            @Override
            public ShortestPaths.Level expandTowards(List<String> frontier, Set<String> targets, int l) {
                return first(frontier, l) ? ShortestPaths.Level.of(steps, targets) : rest.expandTowards(frontier, targets, l);
            }
        };
    }

    private List<PathView> details(List<List<String>> paths, LocalDate asOf) {
        if (paths.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        paths.forEach(ids::addAll);
        RegistryQueries.PathDetails read = queries.findPathDetails(List.copyOf(ids), asOf);
        Map<String, RegistryQueries.Node> nodes = byId(read.nodes());
        List<EdgeView> edges = read.edges();
        List<PathView> out = new ArrayList<>();
        for (List<String> path : paths) {
            Set<String> hops = new HashSet<>();
            for (int i = 0; i + 1 < path.size(); i++) {
                hops.add(path.get(i) + "\u0000" + path.get(i + 1));
                hops.add(path.get(i + 1) + "\u0000" + path.get(i));
            }
            List<EdgeView> pathEdges = edges.stream().filter(e -> hops.contains(e.source() + "\u0000" + e.target()))
                    .sorted(Comparator.comparingInt((EdgeView e) -> Math.min(path.indexOf(e.source()), path.indexOf(e.target()))))
                    .toList();
            out.add(new PathView(path.stream().map(id -> view(nodes.get(id))).toList(), pathEdges));
        }
        return out;
    }

    @Override
    public SearchView search(SearchRequest request) {
        String q = request.q() == null ? "" : request.q().strip();
        if (q.isEmpty()) {
            throw new InvalidQueryParameter("q", "is required");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String type = request.type() == null || request.type().isBlank() ? null : request.type();
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidQueryParameter("type", "must be one of " + TYPES.stream().sorted().toList());
        }
        int limit = request.limit() == null ? properties.defaultSearchLimit() : request.limit();
        if (limit < 1 || limit > properties.maxSearchLimit()) {
            throw new InvalidQueryParameter("limit", "must be between 1 and " + properties.maxSearchLimit());
        }
        List<String> licenseNos = List.copyOf(new LinkedHashSet<>(List.of(q, q.toUpperCase(Locale.ROOT))));
        CurrentUser insurer = users.currentUser().filter(u -> u.role() == Role.INSURER).orElse(null);
        int fetch = insurer == null ? limit : limit * INSURER_OVERFETCH;
        List<RegistryQueries.SearchRow> rows = queries.search(q, licenseNos, IdentifierQuery.candidateIds(q),
                nameVariants(q), type, fetch);
        if (insurer != null) {
            rows = insurerMayLearn(insurer, rows);
        }
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        ResolutionLookup lookup = resolution.getIfAvailable();
        if (lookup != null) {
            rows = withResolution(lookup, q, type, rows);
        }
        rows.stream()
                .sorted(Comparator.comparingInt(RegistryQueries.SearchRow::rank)
                        .thenComparing(r -> r.node().label())
                        .thenComparing(r -> r.node().id()))
                .forEach(r -> hits.putIfAbsent(r.node().id(),
                        new SearchHit(r.node().id(), r.node().type(), r.node().label(), r.matchedOn())));
        return new SearchView(q, hits.values().stream().limit(limit).toList());
    }

    @Override
    public MarketStatisticsView marketStatistics() {
        // three aggregate reads, not one snapshot: an import between them may show in one count only
        return new MarketStatisticsView(queries.countParties(), queries.countPoliciesByMonth(), queries.countClaimsByMonth());
    }

    /**
     * The hits an INSURER may learn of (docs/security.md, "Search"), so that search is no oracle
     * for who holds a phone, e-mail, account or address: any party by its exact id; a licensed
     * party (one with a licence number) by its licence number or name; its own customers and
     * the entities it sees in full ({@link EntityVisibility}) by anything. Everything else is
     * left out as if it did not match.
     */
    private List<RegistryQueries.SearchRow> insurerMayLearn(CurrentUser insurer, List<RegistryQueries.SearchRow> rows) {
        Set<String> ask = new LinkedHashSet<>();
        for (RegistryQueries.SearchRow r : rows) {
            if (!freeForInsurers(r)) {
                ask.add(r.node().id());
            }
        }
        Set<String> visible = ask.isEmpty() ? Set.of() : visibility.visible(insurer, ask);
        return rows.stream().filter(r -> freeForInsurers(r) || visible.contains(r.node().id())).toList();
    }

    /** A hit any insurer may see whoever it is about. */
    private static boolean freeForInsurers(RegistryQueries.SearchRow row) {
        RegistryQueries.Node node = row.node();
        return switch (row.matchedOn()) {
            case "id" -> PARTY_TYPES.contains(node.type());
            case "licenseNo" -> true;
            case "name" -> licensed(node);
            default -> false; // identifier:<KIND>: only the insurer's own customers
        };
    }

    private static boolean licensed(RegistryQueries.Node node) {
        Object licence = node.properties().get("licenseNo");
        return licence != null && !licence.toString().isBlank();
    }

    /**
     * Search with entity resolution: parties whose id number or credit code is the text in any
     * written form (rank 0, beside an exact id), then every member of the resolved entities of
     * those exact hits (rank 0 too: they are the same person or firm).
     */
    private List<RegistryQueries.SearchRow> withResolution(ResolutionLookup lookup, String q, String type,
            List<RegistryQueries.SearchRow> rows) {
        List<RegistryQueries.SearchRow> out = new ArrayList<>(rows);
        Set<String> known = new HashSet<>();
        rows.forEach(r -> known.add(r.node().id()));
        List<String> byIdNumber = lookup.partiesByIdNumber(q).stream().filter(id -> !known.contains(id)).toList();
        queries.findEntities(byIdNumber).forEach(n -> {
            if (type == null || type.equals(n.type())) {
                out.add(new RegistryQueries.SearchRow(n, "idNumber", 0));
                known.add(n.id());
            }
        });
        List<String> exact = out.stream().filter(r -> r.rank() == 0 && PARTY_TYPES.contains(r.node().type()))
                .map(r -> r.node().id()).toList();
        if (exact.isEmpty()) {
            return out;
        }
        Set<String> members = new LinkedHashSet<>();
        lookup.members(exact).values().forEach(members::addAll);
        members.removeAll(known);
        queries.findEntities(List.copyOf(members)).forEach(n -> {
            if (type == null || type.equals(n.type())) {
                out.add(new RegistryQueries.SearchRow(n, "resolvedEntity", 0));
            }
        });
        return out;
    }

    /**
     * Spellings of a name fragment the TEXT index (case-sensitive) is asked for: as typed, lower
     * case, upper case and capitalised words. Mixed-case oddities beyond these are not found.
     */
    static List<String> nameVariants(String q) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(q);
        variants.add(q.toLowerCase(Locale.ROOT));
        variants.add(q.toUpperCase(Locale.ROOT));
        StringBuilder capitalised = new StringBuilder(q.length());
        boolean start = true;
        for (char c : q.toLowerCase(Locale.ROOT).toCharArray()) {
            capitalised.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c) || c == '-';
        }
        variants.add(capitalised.toString());
        return List.copyOf(variants);
    }

    private static Map<String, RegistryQueries.Node> byId(List<RegistryQueries.Node> nodes) {
        Map<String, RegistryQueries.Node> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.put(n.id(), n));
        return map;
    }

    private static NodeView view(RegistryQueries.Node node) {
        return new NodeView(node.id(), node.type(), node.label());
    }
}
