-- Which instance holds a claim (its sync.instance.id), so that an instance restarted after a crash can
-- release the claims it held before instead of waiting for their leases to run out.
alter table outbox_message add column claimed_by varchar(255);
create index outbox_message_claimed_by on outbox_message (claimed_by) where claimed_by is not null;
