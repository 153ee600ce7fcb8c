"""One official, one node: which mentions across articles are the same person.

- rules.py      the rules, a pure function of what the mentions of a name offer and the users' verdicts
- mentions.py   what an article's persons offer, read out of its RDF graph (in the ingest's workers)
- resolver.py   the rules over every stored mention of the names a change touches, written back to the store
- judgements.py the users' append-only log of judgements on pairs of mentions
- review.py     `canbo same`, `merge`, `split`, `judgements export|import`
- ids.py        the identifiers of persons and judgements
"""
