"""Neo4j: the local server, schema, writer and query runner. Knows nothing of Korean."""
