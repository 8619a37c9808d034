/**
 * Odoo's webhooks as hints. Odoo's automation rule "Send Webhook Notification" posts {@code
 * _model}, {@code _id} and chosen fields, unsigned, with a 1 s timeout and no retry: it is a fast
 * but lossy signal. A hint is authenticated (a secret path token, and an HMAC signature where the
 * sender can sign), de-duplicated and queued; the record is then read over the API. The payload's
 * field values are never applied.
 */
package net.orderbridge.sync.application.webhook;
