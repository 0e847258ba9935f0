package fi.tietovahti.disclosure;

/** A person's answer on a disclosure: the approvers' and the DPO's (variables approvalDecision, secondApprovalDecision, dpoDisclosureDecision). */
public enum Verdict {
    APPROVE, REFUSE;

    static Verdict of(Object value) {
        try {
            return Verdict.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Hyväksy tai hylkää / Approve or refuse the disclosure");
        }
    }
}
