// name: chairs-by-directive
// description: Who chaired which event implementing which directive, with the article it was reported in.
// param: directive (key) Part of the directive's label, e.g. "05-CT/TW"; empty for every directive.
MATCH (p:Person)-[:CHAIRED]->(:Participation)-[:IN_EVENT]->(e:Event)-[:IMPLEMENTS]->(d:Directive)
MATCH (e)-[:DERIVED_FROM]->(a:Article)
WHERE $directive IS NULL OR d.key CONTAINS $directive
RETURN p.name AS chair, e.kind AS kind, e.name AS event, e.date AS date, d.label AS directive, a.article AS article
ORDER BY directive, date, chair, event, article
