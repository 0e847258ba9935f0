package fi.tietovahti.registers.ledger;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByTenancyIdInOrderByEntryDateAscIdAsc(Collection<Long> tenancyIds);

    @Modifying
    @Query("delete from LedgerEntry e where e.tenancyId in :tenancyIds and e.entryType in :types")
    int delete(Collection<Long> tenancyIds, Collection<LedgerEntry.Type> types);

    /** Keeps amounts and dates for the books; removes the free text that may name the payer. */
    @Modifying
    @Query("""
            update LedgerEntry e set e.reference = null, e.description = null
            where e.tenancyId in :tenancyIds and e.entryType in :types
              and (e.reference is not null or e.description is not null)""")
    int anonymise(Collection<Long> tenancyIds, Collection<LedgerEntry.Type> types);
}
