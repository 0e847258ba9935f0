package fi.tietovahti.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Bulk loading with PostgreSQL's COPY. Rows are buffered per table and flushed for all tables together, in the
 * order the tables were opened, so that a child row never reaches the database before its parent.
 */
final class CopySession {

    private static final int FLUSH_AT_CHARS = 8 * 1024 * 1024;

    private final Connection connection;
    private final CopyManager copy;
    private final List<Table> tables = new ArrayList<>();
    private int buffered;

    CopySession(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = new CopyManager(connection.unwrap(BaseConnection.class));
        skipForeignKeyTriggersIfSuperuser();
    }

    /**
     * Row-by-row foreign-key checks cost most of a bulk load's time. The generator writes parents before children
     * by construction, and DemoDataIntegrityIT checks every foreign key afterwards, so on the embedded databases
     * (where we are superuser) the load runs as a replica, which skips the FK triggers for this transaction only.
     */
    private void skipForeignKeyTriggersIfSuperuser() throws SQLException {
        try (var st = connection.createStatement();
             var rs = st.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            if (rs.next() && rs.getBoolean(1) && !connection.getAutoCommit()) {
                st.execute("set local session_replication_role = replica");
            }
        }
    }

    Table table(String name, String... columns) {
        Table table = new Table(name, columns);
        tables.add(table);
        return table;
    }

    /** Flushes when the buffers are large; call between whole units (a tenancy and everything under it). */
    void maybeFlush() {
        if (buffered > FLUSH_AT_CHARS) {
            flush();
        }
    }

    void flush() {
        for (Table t : tables) {
            t.flush();
        }
        buffered = 0;
    }

    /** Sets each table's identity sequence past the ids the generator chose. */
    void resetSequences() throws SQLException {
        try (var st = connection.createStatement()) {
            for (Table t : tables) {
                st.execute("select setval(pg_get_serial_sequence('tietovahti." + t.name + "', 'id'), "
                        + "coalesce((select max(id) from tietovahti." + t.name + "), 0) + 1, false)");
            }
        }
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t.name, t.rows));
        return counts;
    }

    final class Table {
        private final String name;
        private final String sql;
        private final int columns;
        private final StringBuilder buffer = new StringBuilder(1 << 16);
        private long rows;
        private long nextId = 1;

        private Table(String name, String[] columns) {
            this.name = name;
            this.columns = columns.length;
            this.sql = "COPY tietovahti." + name + " (" + String.join(",", columns) + ") FROM STDIN (FORMAT csv)";
        }

        long nextId() {
            return nextId++;
        }

        /** Appends a row; the first value is normally the id from {@link #nextId()}. */
        void row(Object... values) {
            if (values.length != columns) {
                throw new IllegalArgumentException(name + " has " + columns + " columns, got " + values.length);
            }
            int before = buffer.length();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                append(values[i]);
            }
            buffer.append('\n');
            rows++;
            buffered += buffer.length() - before;
        }

        private void append(Object v) {
            if (v == null) {
                return; // unquoted empty field: NULL
            }
            if (v instanceof String s) {
                buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v instanceof BigDecimal d) {
                buffer.append(d.toPlainString());
            } else if (v instanceof LocalDate || v instanceof Instant || v instanceof Number) {
                buffer.append(v);
            } else if (v instanceof Boolean b) {
                buffer.append(b ? 't' : 'f');
            } else if (v instanceof Enum<?> e) {
                buffer.append(e.name());
            } else {
                throw new IllegalArgumentException("cannot copy a " + v.getClass());
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            try {
                copy.copyIn(sql, new StringReader(buffer.toString()));
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + name + " failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.setLength(0);
        }
    }
}
