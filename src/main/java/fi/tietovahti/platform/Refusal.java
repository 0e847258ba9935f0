package fi.tietovahti.platform;

/**
 * An exception that refuses what a person asked (a form's answer the law or the case does not allow, a step out of
 * turn); its message says why, for that person. The engine's REST API answers it as a bad request (400) with the
 * message, as it does an IllegalArgumentException, and not as a failure of the server: the engine wraps what a task
 * listener throws, so without this mark a handler's typing mistake looked like a crash.
 */
public interface Refusal {
}
