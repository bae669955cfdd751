"""Cypher query files (data package): run them with `newsgraph query NAME` or paste into Neo4j Browser."""
