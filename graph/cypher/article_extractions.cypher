UNWIND $paths AS path
MATCH (a:Article {path: path})
RETURN a.path AS path, a.content_hash AS content_hash, a.extraction AS extraction
