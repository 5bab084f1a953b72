package io.credlink.monitoring.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.credlink.monitoring.MonitoringProperties;
import io.credlink.monitoring.TargetRefused;

/**
 * Which webhook URLs may be called: http(s) only, with a host, and — unless the host is one of
 * {@code credlink.monitoring.allowed-hosts} — none of whose addresses is loopback, private,
 * link-local (cloud metadata), shared (100.64/10), unique-local IPv6, multicast or the wildcard,
 * so that a subscription cannot reach internal services. Checked when subscribing and again before
 * every delivery (a name may resolve elsewhere later).
 */
@Component
class TargetPolicy {

    private final Set<String> allowed;

    TargetPolicy(MonitoringProperties properties) {
        this.allowed = properties.allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT).trim())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The URI to call; throws {@link TargetRefused} with the reason otherwise. */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new TargetRefused("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new TargetRefused("only http and https URLs can be webhook targets");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new TargetRefused("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TargetRefused("credentials in the URL are not accepted");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains(bare.toLowerCase(Locale.ROOT)) || allowed.contains(host.toLowerCase(Locale.ROOT))) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new TargetRefused("the host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                throw new TargetRefused("the host " + host + " is a loopback, private or link-local address; an "
                        + "administrator can allow it with credlink.monitoring.allowed-hosts");
            }
        }
        return uri;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 shared address space
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        if (a instanceof Inet6Address) {
            // fc00::/7 unique local
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
