package io.credlink.access.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.credlink.access.AccessProperties;
import io.credlink.access.AccessRequestService;
import io.credlink.access.AccessScope;
import io.credlink.access.CurrentUser;
import io.credlink.access.ProblemWriter;
import io.credlink.access.Role;
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
 * <li>request bodies: a {@code Content-Type} that names no concrete type ({@code *}{@code /*},
 * {@code application/*}, unparsable) is a 415; a multipart body is taken only by a route that
 * consumes it ({@link MultipartRoutes}, with the multipart limits), elsewhere a 415; any other
 * body, whatever its type, above {@code credlink.security.limits.max-json-body} is a 413, refused
 * on its declared length or after reading one byte more than the limit, never read in full
 * (read before the controller, so the ids a JSON body names can be audited);</li>
 * <li>an INSURER's network deeper than 2 needs an approved DEEP_NETWORK request (403 naming the route);</li>
 * <li>masking of personal data in JSON and CSV answers to INSURER and SUBJECT users
 * ({@link ResponseMasker}); an answer to them in any other format is refused (406), so masking
 * does not depend on which message converter wrote the answer;</li>
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
    private final MultipartRoutes multipartRoutes;
    private final ProblemWriter problems;
    private final JsonMapper json = JsonMapper.builder().build();

    /** What the first dispatch decided, for the dispatch that ends the request (it may be an async one). */
    private record State(CurrentUser user, String purpose, Set<String> bodyIds, boolean masked) {
    }

    AccessFilter(AccessProperties properties, RateLimiter limiter, AuditLog audit, VisibleEntities visibility,
            AccessRequestService accessRequests, MultipartRoutes multipartRoutes, ProblemWriter problems) {
        this.properties = properties;
        this.limiter = limiter;
        this.audit = audit;
        this.visibility = visibility;
        this.accessRequests = accessRequests;
        this.multipartRoutes = multipartRoutes;
        this.problems = problems;
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
                problems.write(request, response, FilterProblems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                        "Too many requests", "The request rate of user '" + user.name()
                                + "' is above its limit; retry after " + wait + " s."));
                return;
            }
            ProblemDetail paging = pagingProblem(request);
            if (paging != null) {
                problems.write(request, response, paging);
                return;
            }
            MediaType bodyType;
            try {
                bodyType = bodyType(request);
            } catch (InvalidMediaTypeException notConcrete) {
                problems.write(request, response, FilterProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                        "Unsupported media type", "Content-Type '" + request.getContentType()
                                + "' does not name one media type; send application/json."));
                return;
            }
            Set<String> bodyIds = Set.of();
            if (bodyType != null && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(bodyType)) {
                if (!multipartRoutes.accepts(request.getMethod(), path(request))) {
                    problems.write(request, response, FilterProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type", "Unsupported media type",
                            "This endpoint does not take a multipart body."));
                    return;
                }
            } else if (hasBody(request)) {
                long max = properties.limits().maxJsonBody().toBytes();
                byte[] body = request.getContentLengthLong() > max ? null
                        : readAtMost(request.getInputStream(), request.getContentLengthLong(), max);
                if (body == null) {
                    problems.write(request, response, FilterProblems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                            "Payload too large", "The request body exceeds the limit of " + max + " bytes."));
                    // sent now: the container reads (swallows) at most max-swallow-size of the rest
                    // before it closes the connection, and a client still sending has its answer first
                    response.flushBuffer();
                    return;
                }
                if (isJson(bodyType)) {
                    bodyIds = idsInBody(body);
                }
                req = new CachedBodyRequest(request, body);
            }
            String purpose = request.getHeader(AuditLog.PURPOSE_HEADER);
            ProblemDetail needsApproval = deepNetworkProblem(request, user);
            if (needsApproval != null) {
                problems.write(request, response, needsApproval);
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
                mask(request, cached, state.user());
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
    private void refuseUnaudited(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            log.error("Audit entry of {} {} not stored; the answer had already been sent", request.getMethod(),
                    path(request));
            return;
        }
        response.resetBuffer();
        problems.write(request, response, FilterProblems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", "The audit trail could not record this call, so it is not answered."));
    }

    private void mask(HttpServletRequest request, ContentCachingResponseWrapper response, CurrentUser user)
            throws IOException {
        byte[] body = response.getContentAsByteArray();
        String type = response.getContentType();
        if (body.length == 0) {
            return;
        }
        MaskedFormat format = MaskedFormat.of(type);
        ResponseMasker masker = new ResponseMasker(ids -> visibility.visible(user, ids));
        byte[] masked;
        try {
            if (format == MaskedFormat.JSON) {
                JsonNode tree = json.readTree(body);
                masked = json.writeValueAsBytes(masker.mask(tree));
            } else if (format == MaskedFormat.CSV) {
                masked = masker.maskCsv(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } else {
                // a format the masker does not read leaves nothing, whichever converter wrote it
                response.resetBuffer();
                problems.write(request, response, FilterProblems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                        "Not acceptable", "Answers to this user are application/json (or text/csv where documented), not "
                                + type + "."));
                return;
            }
        } catch (RuntimeException | IOException e) {
            // fail closed: an answer that cannot be masked is not sent
            log.error("Could not mask a {} answer; refusing it", type, e);
            response.resetBuffer();
            problems.write(request, response, FilterProblems.internalError());
            return;
        }
        response.resetBuffer();
        response.getOutputStream().write(masked);
    }

    /** The formats the masker reads; an answer in any other (or none) is not sent to a masked user. */
    enum MaskedFormat {
        JSON, CSV, NONE;

        static MaskedFormat of(String contentType) {
            if (contentType == null) {
                return NONE;
            }
            String lower = contentType.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("application/json") || lower.contains("+json")) {
                return JSON;
            }
            return lower.startsWith("text/csv") ? CSV : NONE;
        }
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
                    return FilterProblems.invalidField("Parameter '" + name + "' must be at most " + max + ".", name,
                            "must be at most " + max);
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
        return FilterProblems.accessRequestRequired(id, AccessScope.DEEP_NETWORK.name(), "An insurer sees networks of depth "
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

    /**
     * The request's Content-Type; null without one. One that does not name a concrete type
     * ({@code *}{@code /*}, {@code application/*}, unparsable) is an {@link InvalidMediaTypeException}:
     * Spring MVC would fail on it with a 500 when it reads the body.
     */
    private static MediaType bodyType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parseMediaType(header);
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw new InvalidMediaTypeException(header, "wildcard");
        }
        return type;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                || "json".equals(type.getSubtypeSuffix()));
    }

    /** Whether a body follows the headers: a declared length above 0, or chunks. */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
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
