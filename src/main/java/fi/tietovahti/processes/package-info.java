/**
 * The vocabulary of the processes: per model in {@code processes/}, one class with its key, element ids, messages
 * and variable names, generated from the model by {@code ProcessVocabularyTest} (which fails when a class and its
 * model differ). Constants only: every module may use it, it uses none.
 */
package fi.tietovahti.processes;
