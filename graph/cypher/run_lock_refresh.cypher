// The heartbeat of the run holding the lock; 0 rows counted when $owner no longer holds it.
MATCH (l:RunLock {name: $name, owner: $owner})
SET l.heartbeat_at = datetime()
RETURN count(l) AS refreshed
