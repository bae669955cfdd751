// Natural keys. An article file is identified by its path: loading a changed file (same path, new content)
// replaces what it contributed. The content hash is indexed (not unique) to tell changed from unchanged;
// two copies of one article at two paths are two files.
CREATE CONSTRAINT article_path IF NOT EXISTS FOR (a:Article) REQUIRE a.path IS UNIQUE;
// The article graph an article was loaded with, (:Article)-[:HAS_EXTRACTION]->(:Extraction {path, graph}).
CREATE CONSTRAINT extraction_path IF NOT EXISTS FOR (x:Extraction) REQUIRE x.path IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (o:Organization) REQUIRE o.key IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (t:Topic) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (m:Meeting) REQUIRE m.key IS UNIQUE;
// The one node every writer locks first, so that concurrent loads resolve one after another.
CREATE CONSTRAINT writer_lock_name IF NOT EXISTS FOR (l:WriterLock) REQUIRE l.name IS UNIQUE;
