// name: co-attendees
// description: Officials who attended the same events as a given official, with how many events they shared.
// param: name (key) The official's full name; case and tone-mark placement are ignored.
MATCH (p:Person {key: $name})-[:ATTENDED]->(:Participation)-[:IN_EVENT]->(e:Event)<-[:IN_EVENT]-(:Participation)<-[:ATTENDED]-(q:Person)
WHERE q.key <> $name
RETURN q.name AS official, count(DISTINCT e) AS events
ORDER BY events DESC, official
