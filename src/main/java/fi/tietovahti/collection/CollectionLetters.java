package fi.tietovahti.collection;

import fi.tietovahti.mail.LetterTexts;
import fi.tietovahti.mail.OutboundMail;
import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.collection.Claims;
import fi.tietovahti.registers.tenancy.Person;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.restriction.RestrictionGuard;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first step of rent-arrears collection that reaches the tenant: the payment reminder, emailed to the contract
 * parties and recorded as a collection step. Before anything is read or sent, the restriction guard is asked: a
 * tenant whose collection data is restricted (Art. 18) gets no letter, and a handler gets the matter. (The rest of
 * the collection process, with its fees and time limits under the Debt Collection Act, is a later issue.)
 */
@Service
public class CollectionLetters {

    private static final Logger log = LoggerFactory.getLogger(CollectionLetters.class);
    static final Set<String> CATEGORIES = Set.of("collection.case", "collection.step");

    public enum Result { SENT, HELD_BACK, NO_ADDRESS }

    private final Claims claims;
    private final ResidentDirectory residents;
    private final RestrictionGuard guard;
    private final LetterTexts letters;
    private final OutboundMail mail;
    private final Clock clock;

    CollectionLetters(Claims claims, ResidentDirectory residents, RestrictionGuard guard, LetterTexts letters,
                      OutboundMail mail, Clock clock) {
        this.claims = claims;
        this.residents = residents;
        this.guard = guard;
        this.letters = letters;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    public Result sendPaymentReminder(long collectionCaseId) {
        Claims.OpenClaim claim = claims.open(collectionCaseId)
                .orElseThrow(() -> new EmptyResultDataAccessException("no open claim " + collectionCaseId, 1));
        List<Long> parties = residents.contractParties(claim.tenancyId());
        DataSubject tenants = residents.subjectOf(parties);
        String reference = "collection-case:" + collectionCaseId;
        if (!guard.mayUse("collection", CATEGORIES, tenants, "payment reminder letter", reference)) {
            return Result.HELD_BACK;
        }
        List<String> addresses = parties.stream().map(residents::person).flatMap(java.util.Optional::stream)
                .map(Person::email).flatMap(java.util.Optional::stream).distinct().toList();
        if (addresses.isEmpty()) {
            log.info("Payment reminder of {}: no email address, to be sent by post", reference);
            return Result.NO_ADDRESS;
        }
        String amount = new BigDecimal(claim.principalCents()).movePointLeft(2)
                .toPlainString().replace('.', ',');
        LetterTexts.Letter letter = letters.letter("collection.reminder", "fi", Map.of("amount", amount,
                "reference", String.valueOf(collectionCaseId)));
        addresses.forEach(a -> mail.send(null, a, letter.subject(), letter.body()));
        claims.recordStep(collectionCaseId, "PAYMENT_REMINDER", LocalDate.now(clock), 0, "payment reminder emailed");
        return Result.SENT;
    }
}
