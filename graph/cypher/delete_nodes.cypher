UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
DETACH DELETE n
