// The graph of `newsgraph export --html` (graph/export.py): every node with one of the labels $labels, what its
// hover card shows, and its outgoing relationships of the types $types to other exported nodes.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN elementId(n) AS id,
       [label IN labels(n) WHERE label IN $labels][0] AS label,
       n.name AS name, n.latin_name AS latin_name, coalesce(n.aliases, []) AS aliases, n.kind AS kind,
       n.date AS date, n.date_precision AS date_precision, n.date_conflict AS date_conflict,
       coalesce(n.dates_reported, []) AS dates_reported, n.place AS place, n.status AS status,
       [(n)-[w:WORKS_FOR]->(o:Organization) | {organization: o.name, title: w.title}] AS works_for,
       [(n)<-[a:ATTENDED]-(p:Person) | {name: p.name, role: a.role}] AS participants,
       [(n)-[:WITH_ORGANIZATION]->(o:Organization) | o.name] AS organizations,
       [(n)-[:ABOUT]->(t:Topic) | t.name] AS topics,
       [(n)-[:BROADER]->(t:Topic) | t.name] AS broader,
       [(n)-[r:REPORTED_IN]->(a:Article) |
        {title: a.title, source: a.source, published: toString(a.published), date: r.date}] AS articles,
       [(n)-[r]->(m) WHERE type(r) IN $types AND any(label IN labels(m) WHERE label IN $labels) |
        {target: elementId(m), type: type(r), title: r.title}] AS links
ORDER BY label, name, date, id
