-- H2 writes an identity column's next value to disk, with a commit of the whole store, each time its cache of
-- values runs out; with the default cache of 32 that was a quarter of the monthly batch's time (docs/benchmarks.md).
-- After a crash up to 1,000 numbers are skipped: the event stream's global index has gaps then, which Axon's
-- gap-aware tracking tokens expect (gaps of up to 10,000 are tracked).
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET CACHE 1000;
