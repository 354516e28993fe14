-- Trimming each account's history to its newest 200 rows reads them newest first across kinds;
-- this index serves that read without a sort (the older index leads with the kind).
CREATE INDEX call_history_newest ON call_history (tenant_id, account_id, happened_at DESC, id DESC);
