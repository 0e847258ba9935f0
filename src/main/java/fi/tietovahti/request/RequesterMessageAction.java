package fi.tietovahti.request;

/** Process variable {@code requesterMessageAction}: what the handler made of a message the requester wrote. */
public enum RequesterMessageAction {
    NOTED, WITHDRAWN;

    /** The process variable that holds it (the form field of "read the requester's message"). */
    public static final String VARIABLE = "requesterMessageAction";
}
