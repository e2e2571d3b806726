// Full-text search over actor names and aliases (aliasText holds the aliases joined by ' | ').
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
