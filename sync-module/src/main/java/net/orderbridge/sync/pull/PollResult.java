package net.orderbridge.sync.pull;

import java.util.Map;

/** What one poll did: orders read and what became of them. */
public record PollResult(int read, Map<PullOneOrder.Outcome, Integer> outcomes, int failed) {}
