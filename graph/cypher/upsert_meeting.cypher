UNWIND $rows AS row
MERGE (n:Meeting {key: row.key})
SET n = row.props
