/** Who this server is among the instances sharing the database: the holder named on its claims. */
package net.orderbridge.sync.infrastructure.instance;
