/**
 * What Tasklist shows of a task's case without opening it: the case number, the right asked, the requester's name
 * (never the identity code) and the days left to the legal deadline, read from the case tables for a task the
 * caller may see (the engine's task permissions decide). Personal data stays out of the engine: Tasklist's card
 * plugin ({@code tasklist/scripts/task-case.js}) asks {@code /api/tasks/{id}/case}.
 */
package fi.tietovahti.worklist;
