/**
 * The guard over the Odoo database the bindings belong to: checked before every push batch and pull
 * run, it stops both when another database answers behind the configured URL, until an operator
 * re-binds by key or forgets the bindings.
 */
package net.orderbridge.sync.application.odoodatabase;
