UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:Article {path: row.end})
MERGE (a)-[r:REPORTED_IN {report: row.props.report}]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS id
