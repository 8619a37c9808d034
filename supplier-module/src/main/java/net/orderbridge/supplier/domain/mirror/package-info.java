/**
 * What every record mirrored from Odoo shares: its Odoo id, whether Odoo still has it active, and
 * which of Odoo's snapshots it holds ({@code write_date}) since when.
 */
package net.orderbridge.supplier.domain.mirror;
