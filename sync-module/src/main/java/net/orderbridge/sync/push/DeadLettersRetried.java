package net.orderbridge.sync.push;

/**
 * An operator put dead letters back in line at once.
 *
 * @param errorType the error type they were chosen by, or null for all
 * @param retried how many went back in line
 */
public record DeadLettersRetried(String errorType, int retried) {}
