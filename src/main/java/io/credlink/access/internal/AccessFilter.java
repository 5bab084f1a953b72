package io.credlink.access.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.credlink.access.AccessProperties;
import io.credlink.access.AccessRequestRequired;
import io.credlink.access.AccessRequestService;
import io.credlink.access.AccessScope;
import io.credlink.access.CurrentUser;
import io.credlink.access.Role;
import io.credlink.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access module's central hook on every call under {@code /api/}, after authentication and
 * the endpoint policy, so it covers every endpoint however it is written:
 * <ol>
 * <li>rate limit per user (429 with {@code Retry-After});</li>
 * <li>paging limit: {@code size} or {@code limit} above {@code credlink.security.limits.max-page-size} is a 400;</li>
 * <li>JSON bodies above {@code credlink.security.limits.max-json-body} are a 413 (read before the
 * controller, so the ids they name can be audited);</li>
 * <li>an INSURER's network deeper than 2 needs an approved DEEP_NETWORK request (403 naming the route);</li>
 * <li>masking of personal data in JSON and CSV answers to INSURER and SUBJECT users ({@link ResponseMasker});</li>
 * <li>the audit entries of the call (user, role, method and route, entity id, purpose, status), one
 * per entity the request names and one per party the answer discloses ({@link DisclosedParties}),
 * committed (group commit, {@link AuditLog}) before the answer leaves.</li>
 * </ol>
 */
final class AccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessFilter.class);
    private static final String STATE = AccessFilter.class.getName() + ".state";
    private static final PathPattern NETWORK = PathPatternParser.defaultInstance.parse("/api/v1/entities/{id}/network");
    private static final int MAX_NETWORK_DEPTH_WITHOUT_APPROVAL = 2;
    private static final int MAX_AUDITED_IDS = 1000;
    private static final List<String> ID_PARAMETERS = List.of("id", "entityId", "subjectId", "partyId");
    /**
     * Routes with further query parameters that name entities. Elsewhere {@code from} and
     * {@code to} are dates or instants (the audit trail's window), never entity ids.
     */
    private static final Map<String, List<String>> ROUTE_ID_PARAMETERS = Map.of("GET /api/v1/paths",
            List.of("from", "to"));
    private static final List<String> BODY_ID_FIELDS = List.of("entityId", "subjectId", "partyId", "claimId",
            "policyId");
    private static final List<String> BODY_ID_LISTS = List.of("ids", "entityIds");

    private final AccessProperties properties;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final VisibleEntities visibility;
    private final AccessRequestService accessRequests;
    private final JsonMapper json = JsonMapper.builder().build();

    /** What the first dispatch decided, for the dispatch that ends the request (it may be an async one). */
    private record State(CurrentUser user, String purpose, Set<String> bodyIds, boolean masked) {
    }

    AccessFilter(AccessProperties properties, RateLimiter limiter, AuditLog audit, VisibleEntities visibility,
            AccessRequestService accessRequests) {
        this.properties = properties;
        this.limiter = limiter;
        this.audit = audit;
        this.visibility = visibility;
        this.accessRequests = accessRequests;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        State state = (State) request.getAttribute(STATE);
        HttpServletRequest req = request;
        HttpServletResponse res = response;
        if (state == null) {
            Optional<CurrentUser> signedIn = SignedInUsers.current();
            if (signedIn.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            CurrentUser user = signedIn.get();
            long wait = limiter.acquire(user.name());
            if (wait > 0) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
                write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, Problems.type("rate-limited"),
                        "Too many requests", "The request rate of user '" + user.name()
                                + "' is above its limit; retry after " + wait + " s."));
                return;
            }
            ProblemDetail paging = pagingProblem(request);
            if (paging != null) {
                write(request, response, paging);
                return;
            }
            Set<String> bodyIds = Set.of();
            if (hasJsonBody(request)) {
                long max = properties.limits().maxJsonBody().toBytes();
                byte[] body = request.getContentLengthLong() > max ? null
                        : readAtMost(request.getInputStream(), request.getContentLengthLong(), max);
                if (body == null) {
                    write(request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE,
                            "Payload too large", "The JSON body exceeds the limit of " + max + " bytes."));
                    return;
                }
                bodyIds = idsInBody(body);
                req = new CachedBodyRequest(request, body);
            }
            String purpose = request.getHeader(AuditLog.PURPOSE_HEADER);
            ProblemDetail needsApproval = deepNetworkProblem(request, user);
            if (needsApproval != null) {
                write(request, response, needsApproval);
                audit.appendAndAwait(user, request.getMethod() + " " + NETWORK.getPatternString(),
                        List.of(String.valueOf(needsApproval.getProperties().get("entityId"))), purpose,
                        HttpStatus.FORBIDDEN.value());
                return;
            }
            boolean masked = VisibleEntities.masks(user);
            state = new State(user, purpose, bodyIds, masked);
            request.setAttribute(STATE, state);
            // every answer is held until its audit entries, which name the parties it discloses, are stored
            res = new ContentCachingResponseWrapper(response);
        }
        boolean completed = false;
        try {
            chain.doFilter(req, res);
            completed = true;
        } finally {
            if (!request.isAsyncStarted()) {
                finish(request, res, state, completed);
            }
        }
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, State state, boolean completed)
            throws IOException {
        ContentCachingResponseWrapper cached = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        String action = action(request);
        Set<String> ids = entityIds(request, action, state);
        Set<String> disclosed = Set.of();
        if (cached != null && completed) {
            // read before masking: masking hides personal data, never a party's id
            disclosed = DisclosedParties.candidates(cached.getContentAsByteArray(), cached.getContentType(), ids);
            if (state.masked()) {
                mask(cached, state.user());
            }
        }
        // committed before the (masked) body is released and before the request ends, so a client
        // that has read the answer finds its entries in the audit trail, even after a crash; the
        // same write records the parties among the answer's strings
        int status = completed ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR.value();
        boolean stored = audit.appendAndAwait(state.user(), action, ids, disclosed, state.purpose(), status);
        if (!stored) {
            refuseUnaudited(request, cached != null ? cached : response);
            if (cached != null) {
                cached.copyBodyToResponse();
            }
            return;
        }
        if (cached != null) {
            if (completed) {
                cached.copyBodyToResponse();
            } else {
                // a failure half-way: nothing unmasked leaves; the container answers the error
                cached.resetBuffer();
            }
        }
    }

    /** An answer whose audit entry could not be stored is not given, if it has not left yet. */
    private static void refuseUnaudited(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            log.error("Audit entry of {} {} not stored; the answer had already been sent", request.getMethod(),
                    path(request));
            return;
        }
        response.resetBuffer();
        write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE,
                "Service unavailable", "The audit trail could not record this call, so it is not answered."));
    }

    private void mask(ContentCachingResponseWrapper response, CurrentUser user) throws IOException {
        byte[] body = response.getContentAsByteArray();
        String type = response.getContentType();
        if (body.length == 0 || type == null) {
            return;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        ResponseMasker masker = new ResponseMasker(ids -> visibility.visible(user, ids));
        byte[] masked;
        try {
            if (lower.startsWith("application/json") || lower.contains("+json")) {
                JsonNode tree = json.readTree(body);
                masked = json.writeValueAsBytes(masker.mask(tree));
            } else if (lower.startsWith("text/csv")) {
                masked = masker.maskCsv(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } else {
                return;
            }
        } catch (RuntimeException | IOException e) {
            // fail closed: an answer that cannot be masked is not sent
            log.error("Could not mask a {} answer; refusing it", type, e);
            response.resetBuffer();
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            response.setContentType("application/problem+json");
            masked = json.writeValueAsBytes(Problems.toMap(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                    Problems.INTERNAL_ERROR, "Internal error", Problems.INTERNAL_DETAIL)));
        }
        response.resetBuffer();
        response.getOutputStream().write(masked);
    }

    private ProblemDetail pagingProblem(HttpServletRequest request) {
        int max = properties.limits().maxPageSize();
        for (String name : List.of("size", "limit")) {
            String value = queryParameter(request, name);
            if (value == null) {
                continue;
            }
            try {
                long n = Long.parseLong(value.strip());
                if (n > max) {
                    return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                            "Invalid request", "Parameter '" + name + "' must be at most " + max + "."),
                            List.of(new Problems.FieldMessage(name, "must be at most " + max)));
                }
            } catch (NumberFormatException notANumber) {
                // the endpoint answers its own 400 for a value of the wrong type
            }
        }
        return null;
    }

    private ProblemDetail deepNetworkProblem(HttpServletRequest request, CurrentUser user) {
        if (user.role() != Role.INSURER || !"GET".equals(request.getMethod())) {
            return null;
        }
        PathPattern.PathMatchInfo match = NETWORK.matchAndExtract(PathContainer.parsePath(path(request)));
        if (match == null) {
            return null;
        }
        String depth = queryParameter(request, "depth");
        int asked;
        try {
            asked = depth == null ? 1 : Integer.parseInt(depth.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        String id = match.getUriVariables().get("id");
        if (asked <= MAX_NETWORK_DEPTH_WITHOUT_APPROVAL
                || accessRequests.granted(user.orgId().orElse(null), id, AccessScope.DEEP_NETWORK)) {
            return null;
        }
        return AccessRequestRequired.problem(id, AccessScope.DEEP_NETWORK, "An insurer sees networks of depth "
                + MAX_NETWORK_DEPTH_WITHOUT_APPROVAL + " at most without a regulator's approval for this entity.");
    }

    /**
     * The first value of a query-string parameter, read from the query string only: asking the
     * servlet request would make the container parse a multipart body here already.
     */
    static String queryParameter(HttpServletRequest request, String name) {
        List<String> values = queryParameters(request, name);
        return values.isEmpty() ? null : values.get(0);
    }

    static List<String> queryParameters(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (java.net.URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    values.add(eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed escape is left to the endpoint
            }
        }
        return values;
    }

    private static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        // a controller's route pattern; anything else (no handler, the static resource handler's /**) keeps its path
        boolean controller = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
                instanceof org.springframework.web.method.HandlerMethod;
        String route = controller && pattern != null ? pattern.toString() : path(request);
        return request.getMethod() + " " + route;
    }

    /**
     * The entity ids the request names (path variables, id parameters, ids of a JSON body), at
     * most {@value #MAX_AUDITED_IDS}; a mutable set, for the parties of the answer to join.
     */
    private static Set<String> entityIds(HttpServletRequest request, String action, State state) {
        Set<String> ids = new LinkedHashSet<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
            vars.values().forEach(v -> ids.add(String.valueOf(v)));
        }
        List<String> parameters = new java.util.ArrayList<>(ID_PARAMETERS);
        parameters.addAll(ROUTE_ID_PARAMETERS.getOrDefault(action, List.of()));
        for (String name : parameters) {
            for (String v : queryParameters(request, name)) {
                if (!v.isBlank()) {
                    ids.add(v.strip());
                }
            }
        }
        ids.addAll(state.bodyIds());
        return ids.size() <= MAX_AUDITED_IDS ? ids : new LinkedHashSet<>(List.copyOf(ids).subList(0, MAX_AUDITED_IDS));
    }

    /**
     * The ids a JSON body names at its top level, read with the streaming parser (no tree: this
     * runs on every audited call with a body, before the endpoint reads it again).
     */
    Set<String> idsInBody(byte[] body) {
        Set<String> ids = new LinkedHashSet<>();
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ids;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && BODY_ID_FIELDS.contains(field)) {
                    addId(ids, parser.getString());
                } else if (value == JsonToken.START_ARRAY && BODY_ID_LISTS.contains(field)) {
                    for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        if (t == JsonToken.VALUE_STRING && ids.size() < MAX_AUDITED_IDS) {
                            addId(ids, parser.getString());
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (RuntimeException notJson) {
            // the endpoint answers its own 400; the ids read up to the error are audited
        }
        return ids;
    }

    private static void addId(Set<String> ids, String id) {
        if (id != null && !id.isBlank()) {
            ids.add(id.strip());
        }
    }

    private static boolean hasJsonBody(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("application/json") || lower.contains("+json");
    }

    /** The body, or null when it is longer than max bytes. */
    private static byte[] readAtMost(InputStream in, long declared, long max) throws IOException {
        if (declared >= 0 && declared <= max) {
            // the usual small body of a declared length (the container stops the stream there):
            // one array of that size instead of 8 KB buffers and a copy
            byte[] bytes = new byte[(int) declared];
            int read = in.readNBytes(bytes, 0, bytes.length);
            return read == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, read);
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException ignored) {
            // a path that is not a valid URI reference is left out
        }
        Problems.write(response, problem);
    }

    /** The request with its body already read into memory. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous body");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            try {
                if (encoding != null) {
                    charset = java.nio.charset.Charset.forName(encoding);
                }
            } catch (IllegalArgumentException unknown) {
                // an unknown charset name is read as UTF-8
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
