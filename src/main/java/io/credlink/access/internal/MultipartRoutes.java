package io.credlink.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes that take a multipart body (the import upload), read from the controllers' own
 * {@code consumes}: their bodies have the multipart limits of {@code spring.servlet.multipart.*};
 * a multipart body anywhere else is refused before the container parses it.
 */
final class MultipartRoutes {

    private record Route(Set<RequestMethod> methods, PathPattern pattern) {
    }

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<Route> routes;

    MultipartRoutes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Whether the method and path (without context path) name an endpoint that consumes multipart/form-data. */
    boolean accepts(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Route route : routes()) {
            boolean methodMatches = route.methods().isEmpty()
                    || route.methods().stream().anyMatch(m -> m.name().equals(method));
            if (methodMatches && route.pattern().matches(container)) {
                return true;
            }
        }
        return false;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            // computed on the first multipart request: the handler mappings exist once the context is up
            List<Route> found = new ArrayList<>();
            mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                if (consumesMultipart(info)) {
                    for (String pattern : info.getPatternValues()) {
                        found.add(new Route(info.getMethodsCondition().getMethods(),
                                PathPatternParser.defaultInstance.parse(pattern)));
                    }
                }
            }));
            known = List.copyOf(found);
            routes = known;
        }
        return known;
    }

    private static boolean consumesMultipart(RequestMappingInfo info) {
        return info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(t -> MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(t));
    }
}
