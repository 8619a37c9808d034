-- Retention of settled messages: the clean-up deletes DONE messages by age (processed_at), oldest first,
-- a chunk at a time; this index lets each chunk start where the oldest ones are.
create index outbox_message_done on outbox_message (processed_at) where status = 'DONE';
