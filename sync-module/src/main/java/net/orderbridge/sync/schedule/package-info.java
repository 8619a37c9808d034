/** The interval timers shared by the push and pull timers. */
package net.orderbridge.sync.schedule;
