/**
 * Alerts and their notifiers ({@code notifyStakeholders}): conditions of the sync read on a timer
 * become alerts with a stable name, a level and evidence. A condition that stays true is one firing
 * alert, resolved when it clears; info alerts are one-shot. Every firing and resolution is logged
 * and delivered to the configured notifiers (webhook, e-mail), retried until delivered or a cap is
 * reached, never in the way of the sync itself. Reads the other flows; no flow reads it.
 */
package net.orderbridge.sync.alert;
