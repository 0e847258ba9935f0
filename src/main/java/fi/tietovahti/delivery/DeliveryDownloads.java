package fi.tietovahti.delivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How often a case's documents were downloaded through the secure delivery (for the registers' reports). */
@Component
public class DeliveryDownloads {

    private final JdbcTemplate jdbc;

    DeliveryDownloads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int of(long caseId) {
        return jdbc.queryForObject("""
                select count(*) from tietovahti.delivery_download d join tietovahti.secure_delivery s
                on s.id = d.delivery_id where s.case_id = ?""", Integer.class, caseId);
    }
}
