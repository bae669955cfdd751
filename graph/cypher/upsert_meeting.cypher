UNWIND $rows AS row
MERGE (n:Meeting {key: row.key})
SET n = row.props
RETURN row.i AS i, elementId(n) AS id
