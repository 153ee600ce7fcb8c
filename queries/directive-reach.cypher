// name: directive-reach
// description: For each directive, the events that implemented it and the bodies that organised them: one row per document, whatever its spelling.
// param: directive (key) Part of the directive's label or of another name of it; empty for every directive.
MATCH (d:Directive) WHERE d.key CONTAINS $directive
MATCH (d)<-[:IMPLEMENTS]-(e:Event)
OPTIONAL MATCH (e)-[:ORGANIZED_BY]->(b:Body)
RETURN d.name AS directive, count(DISTINCT e) AS events, count(DISTINCT b) AS bodies
ORDER BY events DESC, directive
