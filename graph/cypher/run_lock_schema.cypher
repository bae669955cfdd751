// The run lock of load-articles: one RunLock node per name, so two runs never create two locks.
CREATE CONSTRAINT run_lock_name IF NOT EXISTS FOR (l:RunLock) REQUIRE l.name IS UNIQUE
