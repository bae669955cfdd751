UNWIND $rows AS row
MATCH (a:Meeting {key: row.start})
MATCH (b:Article {path: row.end})
MERGE (a)-[r:REPORTED_IN {report: row.props.report}]->(b)
SET r = row.props
