/** JDBC helpers shared by the sync-module's repositories, and the schema they live in. */
package net.orderbridge.sync.persistence;
