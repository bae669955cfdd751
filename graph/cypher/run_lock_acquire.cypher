// Take the run lock for $owner when nobody holds it, when its holder's heartbeat is older than the holder's TTL
// (a crashed run), or when its holder is $stale_owner (a run known to be dead); else leave it as it is.
// Returns whether it was taken, and the holder now (ourselves when taken). Times are the server's clock.
MATCH (l:RunLock {name: $name})
WITH l, datetime() AS now, l.owner AS before
WITH l, now, before,
     before IS NULL OR before = $owner
     OR ($stale_owner IS NOT NULL AND before = $stale_owner)
     OR l.heartbeat_at + duration({seconds: l.ttl}) < now AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.owner = $owner, l.host = $host, l.pid = $pid, l.command = $command,
      l.acquired_at = now, l.heartbeat_at = now, l.ttl = $ttl)
RETURN free AS acquired, CASE WHEN free AND before <> $owner THEN before END AS took_over,
       l.owner AS owner, l.host AS host, l.pid AS pid, l.command AS command, l.ttl AS ttl,
       toString(l.acquired_at) AS acquired_at,
       duration.inSeconds(l.heartbeat_at, now).seconds AS heartbeat_age
