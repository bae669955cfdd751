CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.content_hash);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
// Search people and organizations by any of their names, in Hangul or Latin script. The CJK analyzer indexes
// Hangul as overlapping bigrams, so '젠슨' finds '젠슨 황' and '젠슨황' alike; Latin is case-folded.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.name, n.aliases, n.latin_name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
// The writer's block lookups (graph/writer.py): every Person and Organization node lists the exact keys a new
// mention finds it by (`match_keys`: name, alias and near keys, see graph/state.py). The keyword analyzer keeps
// each key whole, so a query for one key is an exact match; the index is updated with the transaction.
CREATE FULLTEXT INDEX resolution_keys IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.match_keys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Query files: a person found by name, Latin name or alias with case and spaces ignored (person_meetings,
// person_timeline, co_attendees, meeting_chain, meeting_reports). Every Person lists those names as the queries
// compare them, `lookup` = toLower(replace(x, ' ', '')) for its name, Latin name and aliases (computed by Neo4j
// itself in graph/cypher/apply_block.cypher, and for nodes written before it by graph/cypher/person_lookup.cypher
// when the schema is applied); the keyword analyzer keeps each whole, so a quoted query is an exact match.
CREATE FULLTEXT INDEX person_lookup IF NOT EXISTS FOR (n:Person) ON EACH [n.lookup]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Query files: meetings whose reports disagree on the day (date_conflicts), articles found by a part of their
// title, source or path (article_contributions: CONTAINS is answered by text indexes).
CREATE INDEX meeting_date_conflict IF NOT EXISTS FOR (m:Meeting) ON (m.date_conflict);
CREATE TEXT INDEX article_title_text IF NOT EXISTS FOR (a:Article) ON (a.title);
CREATE TEXT INDEX article_source_text IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE TEXT INDEX article_path_text IF NOT EXISTS FOR (a:Article) ON (a.path);
// most_met_organizations: the summary the writer keeps (graph/cypher/met_count.cypher), read in order of leaders.
CREATE INDEX met_summary_leaders IF NOT EXISTS FOR (s:MetSummary) ON (s.leaders);
