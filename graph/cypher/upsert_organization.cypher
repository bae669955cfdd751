UNWIND $rows AS row
MERGE (n:Organization {key: row.key})
SET n = row.props
