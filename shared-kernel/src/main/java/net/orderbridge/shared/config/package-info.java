/**
 * How every module reads its configuration's values of one kind the same way: durations in one
 * format ({@link net.orderbridge.shared.config.ConfigDuration}), for keys injected with
 * {@code @ConfigProperty} and looked up alike ({@link
 * net.orderbridge.shared.config.DurationConverter}).
 */
package net.orderbridge.shared.config;
