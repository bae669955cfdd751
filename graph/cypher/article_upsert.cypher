MERGE (a:Article {path: $path})
SET a = $props
