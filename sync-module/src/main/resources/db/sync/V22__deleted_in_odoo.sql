-- Orders bound to an Odoo record that Odoo no longer has (found by the periodic id reconciliation).
alter table order_binding add column deleted_in_odoo_at timestamptz;
