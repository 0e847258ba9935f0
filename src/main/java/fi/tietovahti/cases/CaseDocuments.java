package fi.tietovahti.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents of a case, as they were delivered: one per kind, replaced when rendered again before delivery. */
@Service
public class CaseDocuments {

    public enum Kind { REPORT_DOCX, REPORT_PDF, PORTABLE_JSON, PORTABLE_CSV, ANSWER_DOCX }

    public record Document(Kind kind, String fileName, String mediaType, int size, String sha256) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseDocuments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Document save(long caseId, Kind kind, String fileName, String mediaType, byte[] content) {
        String sha256 = sha256(content);
        jdbc.update("""
                insert into tietovahti.case_document (case_id, kind, file_name, media_type, content, sha256, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id, kind) do update set file_name = excluded.file_name,
                    media_type = excluded.media_type, content = excluded.content, sha256 = excluded.sha256,
                    created_at = excluded.created_at""",
                caseId, kind.name(), fileName, mediaType, content, sha256, Timestamp.from(clock.instant()));
        return new Document(kind, fileName, mediaType, content.length, sha256);
    }

    /** Erases these kinds of the cases' documents; returns how many went. */
    @Transactional
    public int erase(java.util.Collection<Long> caseIds, java.util.Set<Kind> kinds) {
        if (caseIds.isEmpty() || kinds.isEmpty()) {
            return 0;
        }
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).update("""
                delete from tietovahti.case_document where case_id in (:cases) and kind in (:kinds)""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("cases", caseIds)
                        .addValue("kinds", kinds.stream().map(Kind::name).toList()));
    }

    @Transactional(readOnly = true)
    public List<Document> list(long caseId) {
        return jdbc.query("""
                select kind, file_name, media_type, length(content) as size, sha256 from tietovahti.case_document
                where case_id = ? order by kind""", (rs, i) -> new Document(Kind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getString("media_type"), rs.getInt("size"), rs.getString("sha256")), caseId);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(long caseId, Kind kind) {
        return jdbc.query("select content from tietovahti.case_document where case_id = ? and kind = ?",
                (rs, i) -> rs.getBytes(1), caseId, kind.name()).stream().findFirst();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
