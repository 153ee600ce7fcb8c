// name: official-posts
// description: Every post an official held, with the body, the date and the article it was reported in.
// param: name (key) The official's full name; case and tone-mark placement are ignored.
MATCH (p:Person {key: $name})-[:HOLDS]->(x:Post)-[:DERIVED_FROM]->(a:Article)
OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body)
RETURN p.name AS name, p.uri AS person, x.title AS title, b.name AS body, x.former AS former, x.date AS date,
       a.article AS article, a.title AS article_title, x.sentence AS sentence
ORDER BY person, date, title, body, article
