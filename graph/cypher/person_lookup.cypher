// The lookup names of every Person that has none (graph/schema/indexes.cypher: index person_lookup): a graph
// written by a newsgraph older than the property, or a node an older writer replaced. The same expression as
// graph/cypher/apply_block.cypher. Run when the schema is applied (graph/statements.py apply_schema), in its own
// transactions; a graph whose people all have it only pays the scan.
MATCH (n:Person) WHERE n.lookup IS NULL
CALL (n) {
  SET n.lookup = [k IN [x IN [n.name, n.latin_name] + coalesce(n.aliases, []) WHERE x IS NOT NULL
                        | toLower(replace(x, ' ', ''))] WHERE k <> '']
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(n) AS people
