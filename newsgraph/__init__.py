"""newsgraph: Korean business news into a Neo4j knowledge graph (CLI, settings, the load pipeline)."""

__version__ = "0.1.0"
