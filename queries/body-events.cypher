// name: body-events
// description: Events a body organised, with their date and article.
// param: body (key) Part of the body's name, e.g. "Quận ủy Hai Bà Trưng".
MATCH (e:Event)-[:ORGANIZED_BY]->(b:Body)
WHERE b.key CONTAINS $body
MATCH (e)-[:DERIVED_FROM]->(a:Article)
RETURN b.name AS body, e.kind AS kind, e.name AS event, e.date AS date, a.article AS article
ORDER BY body, date, event, article
