/**
 * What operations see: health and readiness data, the status query, JMX, the sync history and the
 * event streams. Reads every flow; no flow reads it.
 */
package net.orderbridge.sync.status;
