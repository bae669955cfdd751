MATCH (n)
WHERE n:Person OR n:Organization OR n:Topic OR n:Meeting
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
