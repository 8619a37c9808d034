/** The rules of a push that need no Odoo and no database: line diffs and retry backoff. */
package net.orderbridge.sync.domain.push;
