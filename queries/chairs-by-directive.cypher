// name: chairs-by-directive
// description: Who chaired which event implementing which directive, with the article it was reported in.
// param: directive (key) Part of the directive's label, e.g. "05-CT/TW"; empty for every directive.
MATCH (d:Directive) WHERE d.key CONTAINS $directive
MATCH (d)<-[:IMPLEMENTS]-(e:Event)<-[:IN_EVENT]-(:Participation)<-[:CHAIRED]-(p:Person)
MATCH (e)-[:DERIVED_FROM]->(a:Article)
RETURN p.name AS chair, e.kind AS kind, e.name AS event, e.date AS date, d.name AS directive, a.article AS article
ORDER BY directive, date, chair, event, article
