/** What a sync step did to one order, published as a CDI event for the status views and streams. */
package net.orderbridge.sync.outcome;
