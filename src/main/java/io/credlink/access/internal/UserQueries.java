package io.credlink.access.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.credlink.access.Role;
import io.credlink.graph.CypherCatalog;
import io.credlink.graph.TransientRetries;

/**
 * The :User nodes and the look-ups user management needs, through the named Cypher of cypher/access.
 * Look-ups are read-only transactions (a cluster answers them from its readers, sign-ins included);
 * changes are auto-commit writes, retried on a transient error, that commit before the credential
 * cache forgets the user, so a sign-in racing with them cannot cache the old state again.
 */
@Component
public class UserQueries {

    private final Neo4jClient client;
    private final TransientRetries retries;
    private final String findUser;
    private final String createUser;
    private final String updateAdminCredentials;
    private final String setUserEnabled;
    private final String setUserPassword;
    private final String listUsers;
    private final String countUsers;
    private final String findInsurer;
    private final String findParty;
    private final CredentialCache credentials;

    UserQueries(Neo4jClient client, TransientRetries retries, CypherCatalog catalog, CredentialCache credentials) {
        this.client = client;
        this.retries = retries;
        this.credentials = credentials;
        this.findUser = catalog.get("access/findUser");
        this.createUser = catalog.get("access/createUser");
        this.updateAdminCredentials = catalog.get("access/updateAdminCredentials");
        this.setUserEnabled = catalog.get("access/setUserEnabled");
        this.setUserPassword = catalog.get("access/setUserPassword");
        this.listUsers = catalog.get("access/listUsers");
        this.countUsers = catalog.get("access/countUsers");
        this.findInsurer = catalog.get("access/findInsurer");
        this.findParty = catalog.get("access/findParty");
    }

    /** The user whose name has the same canonical form as {@code name} ({@link UserNames}). */
    @Transactional(readOnly = true)
    public Optional<StoredUser> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return client.query(findUser).bind(UserNames.canonical(name)).to("nameKey").fetchAs(StoredUser.class)
                .mappedBy((types, record) -> map(record)).one();
    }

    /**
     * Creates the user; a name whose canonical form is taken fails on the unique constraint (a
     * DataIntegrityViolationException).
     */
    public StoredUser create(String name, String passwordHash, Role role, String orgId, String entityId) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name);
        params.put("nameKey", UserNames.canonical(name));
        params.put("passwordHash", passwordHash);
        params.put("role", role.name());
        params.put("orgId", orgId);
        params.put("entityId", entityId);
        credentials.invalidate(name);
        return retries.call(() -> client.query(createUser).bindAll(params).fetchAs(StoredUser.class)
                .mappedBy((types, record) -> map(record)).one())
                .orElseThrow(() -> new IllegalStateException("CREATE returned no row"));
    }

    /** Makes {@code name} an enabled ADMIN with this hash; false when there is no such user. */
    public boolean updateAdminCredentials(String name, String passwordHash) {
        try {
            return retries.call(() -> client.query(updateAdminCredentials)
                    .bindAll(Map.of("nameKey", UserNames.canonical(name), "passwordHash", passwordHash))
                    .fetchAs(String.class).mappedBy((types, record) -> record.get("name").asString()).one()
                    .isPresent());
        } finally {
            // after the write, so a sign-in racing with it cannot cache the old password again
            credentials.invalidate(name);
        }
    }

    /** Enables or disables the user; empty when there is no such user. */
    public Optional<StoredUser> setEnabled(String name, boolean enabled) {
        return changed(name, setUserEnabled, Map.of("nameKey", UserNames.canonical(name), "enabled", enabled));
    }

    /** Replaces the user's password hash; empty when there is no such user. */
    public Optional<StoredUser> setPassword(String name, String passwordHash) {
        return changed(name, setUserPassword, Map.of("nameKey", UserNames.canonical(name), "passwordHash", passwordHash));
    }

    private Optional<StoredUser> changed(String name, String query, Map<String, Object> params) {
        try {
            return retries.call(() -> client.query(query).bindAll(params).fetchAs(StoredUser.class)
                    .mappedBy((types, record) -> map(record)).one());
        } finally {
            // after the write, so a sign-in racing with it cannot cache the old state again
            credentials.invalidate(name);
        }
    }

    @Transactional(readOnly = true)
    public List<StoredUser> list(long skip, int limit) {
        Collection<StoredUser> users = client.query(listUsers).bindAll(Map.of("skip", skip, "limit", limit))
                .fetchAs(StoredUser.class).mappedBy((types, record) -> map(record)).all();
        return List.copyOf(users);
    }

    @Transactional(readOnly = true)
    public long count() {
        return counts(Role.ADMIN)[0];
    }

    @Transactional(readOnly = true)
    public long countWithRole(Role role) {
        return counts(role)[1];
    }

    @Transactional(readOnly = true)
    public boolean insurerExists(String id) {
        return client.query(findInsurer).bind(id).to("id").fetchAs(String.class)
                .mappedBy((types, record) -> record.get("id").asString()).one().isPresent();
    }

    @Transactional(readOnly = true)
    public boolean partyExists(String id) {
        return client.query(findParty).bind(id).to("id").fetchAs(String.class)
                .mappedBy((types, record) -> record.get("id").asString()).one().isPresent();
    }

    private long[] counts(Role role) {
        return client.query(countUsers).bind(role.name()).to("role").fetchAs(long[].class)
                .mappedBy((types, record) -> new long[] {record.get("total").asLong(), record.get("withRole").asLong()})
                .one().orElse(new long[] {0, 0});
    }

    private static StoredUser map(Record record) {
        Value createdAt = record.get("createdAt");
        Value enabled = record.get("enabled");
        return new StoredUser(
                record.get("name").asString(),
                record.get("passwordHash").asString(),
                Role.valueOf(record.get("role").asString()),
                text(record.get("orgId")),
                text(record.get("entityId")),
                createdAt.isNull() ? null : createdAt.asZonedDateTime().toInstant(),
                enabled.isNull() || enabled.asBoolean());
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
