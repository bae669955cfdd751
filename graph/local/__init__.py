"""The local Neo4j Community server: installed from Maven Central jars, run without Docker."""
