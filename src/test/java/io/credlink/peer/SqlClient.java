package io.credlink.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark client's PostgreSQL side: one persistent connection, each question's statement
 * prepared once ({@code bench/peer/NAME.sql}) and bound per call. The driver switches to a named
 * server-side prepared statement after {@code prepareThreshold} executions; it is set to 1 so that
 * every timed call runs a plan prepared on the server.
 */
public final class SqlClient implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public SqlClient(Connection connection) throws SQLException {
        this.connection = connection;
        connection.unwrap(org.postgresql.PGConnection.class).setPrepareThreshold(1);
        connection.setAutoCommit(true);
        connection.setReadOnly(true);
    }

    /** The rows of question file {@code name} for these parameters, each row as its column values. */
    public List<List<Object>> query(String name, Object... parameters) throws SQLException {
        PreparedStatement s = statements.computeIfAbsent(name, this::prepare);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof String[] array) {
                s.setArray(i + 1, connection.createArrayOf("text", array));
            } else {
                s.setObject(i + 1, p);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    Object v = rs.getObject(c);
                    row.add(v instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private PreparedStatement prepare(String name) {
        try {
            return connection.prepareStatement(PeerDatabase.sql(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("bench/peer/" + name + ".sql: " + e.getMessage(), e);
        }
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
        connection.close();
    }
}
