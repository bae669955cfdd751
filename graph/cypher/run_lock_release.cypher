// Release the run lock held by $owner (a lock taken over by another run is left alone).
MATCH (l:RunLock {name: $name, owner: $owner})
DELETE l
RETURN count(*) AS released
