/**
 * Limits that keep one caller from burning the server: a request rate per authenticated user, and a
 * throttle on failed logins per user name and per client address. Both answer 429 problem documents
 * with {@code Retry-After}; the state is per instance and in memory.
 */
package net.orderbridge.web.abuse;
