// name: directive-links
// description: Bodies and officials linked to a directive: who issued it, who organised, chaired or attended events implementing it.
// param: directive (key) Part of the directive's label, e.g. "05-CT/TW".
MATCH (d:Directive) WHERE d.key CONTAINS $directive
CALL (d) {
  MATCH (d)-[:ISSUED_BY]->(b:Body)
  RETURN 'issued by' AS link, 'body' AS kind, b.name AS name, null AS date
  UNION
  MATCH (d)<-[:IMPLEMENTS]-(e:Event)-[:ORGANIZED_BY]->(b:Body)
  RETURN 'organised an event implementing it' AS link, 'body' AS kind, b.name AS name, e.date AS date
  UNION
  MATCH (d)<-[:IMPLEMENTS]-(e:Event)<-[:IN_EVENT]-(x:Participation)<-[:CHAIRED|ATTENDED]-(p:Person)
  RETURN CASE x.part WHEN 'chair' THEN 'chaired an event implementing it' ELSE 'attended an event implementing it' END AS link,
         'official' AS kind, p.name AS name, e.date AS date
}
RETURN d.name AS directive, link, kind, name, date
ORDER BY directive, kind, link, name, date
