MATCH (a)-[r]->(b)
WHERE type(r) IN $types
RETURN elementId(r) AS id, type(r) AS type, properties(r) AS props,
       labels(a)[0] AS start_label, CASE WHEN a:Article THEN a.path WHEN a:Topic THEN a.name ELSE a.key END AS start_key,
       labels(b)[0] AS end_label, CASE WHEN b:Article THEN b.path WHEN b:Topic THEN b.name ELSE b.key END AS end_key
