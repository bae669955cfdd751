MATCH (a:Article {path: $path})
DETACH DELETE a
