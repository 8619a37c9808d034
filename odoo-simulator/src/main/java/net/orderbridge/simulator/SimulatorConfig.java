package net.orderbridge.simulator;

import java.time.Clock;
import java.util.List;

/** Every setting of a simulator; see {@link OdooSimulator.Builder} for the defaults. */
public record SimulatorConfig(
    String host,
    int port,
    String db,
    String login,
    String password,
    String apiKey,
    String noRightsLogin,
    String noRightsPassword,
    String noRightsApiKey,
    String version,
    String webhookUrl,
    String webhookSecret,
    List<String> webhookFields,
    int threads,
    Clock clock) {}
