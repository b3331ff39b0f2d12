package dev.gazette.bench.report;

/**
 * One of the goals, as a suite measured it.
 *
 * @param what what is measured
 * @param target the goal
 * @param measured the figure with its ratio
 * @param met whether the goal is met
 */
public record Goal(String what, String target, String measured, boolean met) {}
