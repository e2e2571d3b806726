// Full-text search over actor names and aliases. searchText holds the name and the aliases, lower-cased and
// without diacritics (the store folds them, and folds the search words alike); stop words are kept so that
// "State of Qatar" is found by "state of".
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
