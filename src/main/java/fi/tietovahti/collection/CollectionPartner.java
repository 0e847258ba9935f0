package fi.tietovahti.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The collection partner (a processor, DCA §5: it sends the payment demands) as the rent-collection process uses
 * it. {@link HttpCollectionPartner} speaks its HTTP API; the local run and the tests use a simulator of the same shape.
 */
public interface CollectionPartner {

    /** What the partner needs to collect the claim, and nothing more (the disclosure register records exactly this). */
    record Claim(String claimReference, String creditor, String contractNumber, String address, List<Debtor> debtors,
                 List<Invoice> invoices, BigDecimal interestToDate, BigDecimal costsSoFar, List<Step> stepsSoFar,
                 BigDecimal lateInterestRate) {

        @Override
        public String toString() {
            return "Claim[" + claimReference + "]";
        }
    }

    record Debtor(String name, String identityCode, String email, String phone) {

        @Override
        public String toString() {
            return "Debtor[***]";
        }
    }

    record Invoice(LocalDate dueDate, BigDecimal unpaid) {
    }

    /** A fee-bearing step already taken, so the partner keeps within the caps together with the landlord (§10 d). */
    record Step(String kind, LocalDate sentOn, BigDecimal fee) {
    }

    /**
     * Hands the claim over as the JSON the disclosure register records, byte for byte; the same claim reference twice
     * is the same claim. Returns the partner's reference.
     */
    String handOver(String claimReference, byte[] claimJson);

    /** Where the claims go, for the disclosure register. */
    String endpoint();
}
