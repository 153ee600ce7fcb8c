// name: event-directives
// description: Directives an event discussed or implemented.
// param: event (key) Part of the event's name, e.g. "giao ban"; empty for every event.
// param: date Date of the event (2017-09-28, or --09-28 without a year); empty for any date.
MATCH (e:Event) WHERE e.key CONTAINS $event AND ($date IS NULL OR e.date = $date)
MATCH (e)-[:IMPLEMENTS]->(d:Directive)
MATCH (e)-[:DERIVED_FROM]->(a:Article)
RETURN e.name AS event, e.date AS date, d.name AS directive, a.article AS article
ORDER BY date, event, directive, article
