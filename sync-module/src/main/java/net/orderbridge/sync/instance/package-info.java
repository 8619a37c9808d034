/**
 * Who this server is: the installation id that goes into every external key sent to Odoo (so
 * another installation's orders are never taken for ours) and the instance id that owns outbox
 * claims when several servers share a database.
 */
package net.orderbridge.sync.instance;
