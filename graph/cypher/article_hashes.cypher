MATCH (a:Article)
RETURN a.path AS path, a.content_hash AS content_hash
ORDER BY path
