package fi.tietovahti.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fi.tietovahti.testsupport.TietovahtiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lookups that every collection makes of a person's earlier cases and identity checks can use an index: these
 * tables only grow, and a lookup that must read all of one gets slower with every request answered. The test
 * tables are small, so the planner is told not to scan whole tables; a condition no index covers still scans.
 */
@TietovahtiTest
class CaseLookupIndexesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void casesBySubjectUseAnIndex() {
        assertThat(plan("select id from tietovahti.privacy_case where subject_person_id in (1, 2)"))
                .contains("privacy_case_subject_idx");
    }

    @Test
    void casesByRequesterAddressUseAnIndex() {
        // the query PrivacyCaseRepository's JPQL becomes: lower(requester_email) in (...)
        assertThat(plan("select id from tietovahti.privacy_case where lower(requester_email) in ('a@example.com')"))
                .contains("privacy_case_requester_email_idx");
    }

    @Test
    void identityChecksByCodeOrCaseUseIndexes() {
        // IdentityVerificationRepository.findForSubject: verified_hetu in (...) or case_id in (...)
        assertThat(plan("select id from tietovahti.identity_verification where verified_hetu in ('010101-123N')"
                + " or case_id in (1, 2)")).contains("identity_verification_hetu_idx")
                .contains("identity_verification_case_idx");
    }

    @Test
    void aConditionWithoutAnIndexStillScans() {
        assertThat(plan("select id from tietovahti.privacy_case where requester_name = 'x'")).contains("Seq Scan");
    }

    private String plan(String query) {
        return jdbc.execute((ConnectionCallback<String>) c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local enable_seqscan = off");
                List<String> lines = new java.util.ArrayList<>();
                try (var rs = s.executeQuery("explain " + query)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                return String.join("\n", lines);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        });
    }
}
