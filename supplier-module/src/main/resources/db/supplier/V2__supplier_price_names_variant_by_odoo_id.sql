-- A vendor price names its variant by the variant's Odoo id instead of the local product id.
-- Odoo's template-level vendor prices (product_id = False: the price applies to every variant of
-- product_tmpl_id) leave that column empty, and EclipseLink 4.0 binds an empty java.util.UUID as a
-- VARCHAR null, which PostgreSQL refuses for a uuid column ("column product_id is of type uuid but
-- expression is of type character varying"); an empty bigint binds as an integer null.
alter table supplier_price add column product_odoo_id bigint;
update supplier_price sp set product_odoo_id = p.odoo_id from product p where p.id = sp.product_id;
alter table supplier_price drop column product_id;
create index supplier_price_product_odoo_idx on supplier_price (product_odoo_id);
