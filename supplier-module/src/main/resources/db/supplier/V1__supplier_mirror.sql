-- The supplier context's mirror of Odoo: vendors (res.partner), product variants (product.product)
-- and vendor price lists (product.supplierinfo). Rows are never deleted: what Odoo archives or loses
-- stays here with active = false, so orders that name it keep their supplier and product.

create table supplier (
    id              uuid primary key,
    odoo_id         bigint       not null constraint supplier_odoo_id_unique unique,
    name            varchar(512) not null,
    email           varchar(512),
    reference       varchar(256),
    is_company      boolean      not null,
    supplier_rank   integer      not null check (supplier_rank >= 0),
    active          boolean      not null,
    odoo_write_date timestamp with time zone,
    refreshed_at    timestamp with time zone not null
);
create index supplier_name_idx on supplier (lower(name));

create table product (
    id               uuid primary key,
    odoo_id          bigint        not null constraint product_odoo_id_unique unique,
    template_odoo_id bigint        not null,
    name             varchar(512)  not null,
    default_code     varchar(256),
    uom              varchar(128)  not null,
    standard_price   numeric(19, 6) not null,
    list_price       numeric(19, 6) not null,
    purchase_ok      boolean       not null,
    active           boolean       not null,
    odoo_write_date  timestamp with time zone,
    refreshed_at     timestamp with time zone not null
);
create index product_template_idx on product (template_odoo_id);
create index product_name_idx on product (lower(name));

create table supplier_price (
    id               uuid primary key,
    odoo_id          bigint         not null constraint supplier_price_odoo_id_unique unique,
    supplier_id      uuid           not null references supplier (id),
    product_id       uuid           references product (id),
    template_odoo_id bigint         not null,
    min_quantity     numeric(19, 6) not null check (min_quantity >= 0),
    price            numeric(19, 6) not null check (price >= 0),
    currency         char(3)        not null,
    delay_days       integer        not null check (delay_days >= 0),
    uom              varchar(128),
    active           boolean        not null,
    odoo_write_date  timestamp with time zone,
    refreshed_at     timestamp with time zone not null
);
create index supplier_price_supplier_idx on supplier_price (supplier_id);
create index supplier_price_product_idx on supplier_price (product_id);
create index supplier_price_template_idx on supplier_price (template_odoo_id);
