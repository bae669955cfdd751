MATCH (a:Article)
RETURN a.path AS path, a.extraction AS extraction
ORDER BY path
