MATCH (a:Article {path: $path})
RETURN a.content_hash AS content_hash
