package fi.tietovahti.registers.collection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The eviction cases of the collection and eviction register: stores what the eviction process records, and adds
 * each step to the register's history (collection_step) when the eviction came from a collection case.
 */
@Component
public class EvictionCases {

    public record Eviction(long id, String reference, long tenancyId, Long collectionCaseId, String ground,
                           String status, LocalDate noticePreparedOn, LocalDate servedOn, LocalDate tenancyEndsOn,
                           LocalDate courtFiledOn, LocalDate judgmentOn, LocalDate bailiffAppliedOn,
                           LocalDate movingDay, LocalDate endedOn) {

        public boolean ended() {
            return endedOn != null;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Claims claims;

    EvictionCases(NamedParameterJdbcTemplate jdbc, Claims claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    private static final String SELECT = """
            select id, reference, tenancy_id, collection_case_id, ground, status, notice_prepared_on, served_on,
                   tenancy_ends_on, court_filed_on, judgment_on, bailiff_applied_on, moving_day, ended_on
            from tietovahti.eviction_case""";

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Eviction row(ResultSet rs, int i) throws SQLException {
        long collection = rs.getLong("collection_case_id");
        Long collectionCase = rs.wasNull() ? null : collection;
        return new Eviction(rs.getLong("id"), rs.getString("reference"), rs.getLong("tenancy_id"),
                collectionCase, rs.getString("ground"), rs.getString("status"),
                day(rs, "notice_prepared_on"), day(rs, "served_on"), day(rs, "tenancy_ends_on"),
                day(rs, "court_filed_on"), day(rs, "judgment_on"), day(rs, "bailiff_applied_on"),
                day(rs, "moving_day"), day(rs, "ended_on"));
    }

    public Optional<Eviction> byReference(String reference) {
        return jdbc.query(SELECT + " where reference = :r", Map.of("r", reference == null ? "" : reference), EvictionCases::row)
                .stream().findFirst();
    }

    /** The tenancy's eviction that has not ended. */
    public Optional<Eviction> openOf(long tenancyId) {
        return jdbc.query(SELECT + " where tenancy_id = :t and ended_on is null order by id limit 1",
                Map.of("t", tenancyId), EvictionCases::row).stream().findFirst();
    }

    public Eviction open(long tenancyId, Long collectionCaseId, String ground, LocalDate on, String by) {
        return open(tenancyId, collectionCaseId, null, ground, on, by);
    }

    /** An eviction on a ground of conduct, from its disturbance case. */
    public Eviction open(long tenancyId, Long collectionCaseId, Long disturbanceCaseId, String ground, LocalDate on,
                         String by) {
        Long next = jdbc.getJdbcTemplate().queryForObject("select nextval('tietovahti.eviction_reference_seq')",
                Long.class);
        String reference = "HA-%d-%06d".formatted(Year.from(on).getValue(), next);
        jdbc.update("""
                insert into tietovahti.eviction_case (reference, tenancy_id, collection_case_id, disturbance_case_id,
                                                      ground, started_on, started_by, status)
                values (:r, :t, :c, :d, :g, :on, :by, 'NOTICE')""", new MapSqlParameterSource("r", reference)
                .addValue("t", tenancyId).addValue("c", collectionCaseId).addValue("d", disturbanceCaseId)
                .addValue("g", ground)
                .addValue("on", Date.valueOf(on)).addValue("by", by));
        return byReference(reference).orElseThrow();
    }

    public void noticePrepared(long id, LocalDate on, String language, byte[] content, String sha256) {
        jdbc.update("""
                update tietovahti.eviction_case set notice_prepared_on = :on, notice_language = :l,
                    notice_content = :c, notice_sha256 = :s where id = :id""", new MapSqlParameterSource("on",
                Date.valueOf(on)).addValue("l", language).addValue("c", content).addValue("s", sha256)
                .addValue("id", id));
    }

    /** A step of the eviction: the columns it sets, its status, and the register's history line. */
    public void step(Eviction e, String status, Map<String, Object> columns, String stepType, LocalDate on,
                     String note) {
        StringBuilder sql = new StringBuilder("update tietovahti.eviction_case set status = :status");
        MapSqlParameterSource params = new MapSqlParameterSource("status", status).addValue("id", e.id());
        for (Map.Entry<String, Object> c : columns.entrySet()) {
            if (!c.getKey().matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a column: " + c.getKey());
            }
            sql.append(", ").append(c.getKey()).append(" = :").append(c.getKey());
            Object v = c.getValue() instanceof LocalDate d ? Date.valueOf(d) : c.getValue();
            params.addValue(c.getKey(), v);
        }
        jdbc.update(sql.append(" where id = :id").toString(), params);
        if (stepType != null && e.collectionCaseId() != null) {
            claims.recordStep(e.collectionCaseId(), stepType, on, 0, note);
        }
    }

    public byte[] notice(long id) {
        return jdbc.queryForObject("select notice_content from tietovahti.eviction_case where id = :id",
                Map.of("id", id), byte[].class);
    }

    /** A document of an eviction's step, as kept. */
    public record Document(long id, String step, String fileName, String mediaType, String sha256, String addedBy,
                           java.time.Instant addedAt) {
    }

    public long addDocument(long evictionId, String step, String fileName, String mediaType, byte[] content,
                            String sha256, String by, java.time.Instant at) {
        return jdbc.queryForObject("""
                insert into tietovahti.eviction_document (eviction_id, step, file_name, media_type, content, sha256,
                                                          added_by, added_at)
                values (:e, :s, :f, :m, :c, :sha, :by, :at) returning id""", new MapSqlParameterSource("e", evictionId)
                .addValue("s", step).addValue("f", fileName).addValue("m", mediaType).addValue("c", content)
                .addValue("sha", sha256).addValue("by", by).addValue("at", java.sql.Timestamp.from(at)), Long.class);
    }

    public java.util.List<Document> documents(long evictionId) {
        return jdbc.query("""
                select id, step, file_name, media_type, sha256, added_by, added_at from tietovahti.eviction_document
                where eviction_id = :e order by id""", Map.of("e", evictionId), (rs, i) -> new Document(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant()));
    }

    /** A document's content, when it belongs to the eviction. */
    public Optional<byte[]> documentContent(long evictionId, long documentId) {
        return jdbc.queryForList("select content from tietovahti.eviction_document where id = :d and eviction_id = :e",
                Map.of("d", documentId, "e", evictionId), byte[].class).stream().findFirst();
    }
}
