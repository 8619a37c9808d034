package net.orderbridge.sync.binding;

/**
 * An operator re-bound or forgot the bindings after a change of Odoo database: every order may have
 * something to push now. Observed synchronously by the push, which wakes its drain.
 */
public record BindingsRedone() {}
