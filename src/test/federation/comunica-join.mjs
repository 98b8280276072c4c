// Comunica (a real outside SPARQL engine) joins parley's endpoint with data of its own, held in an N3 store.
// Usage: node comunica-join.mjs PARLEY_SPARQL_URL LOCAL_TURTLE_FILE
// Prints one line per row: speaker IRI, tab, quoted text.
import { readFileSync } from 'node:fs';
import { QueryEngine } from '@comunica/query-sparql';
import { Parser, Store } from 'n3';

const [endpoint, localFile] = process.argv.slice(2);
if (!endpoint || !localFile) {
  console.error('usage: node comunica-join.mjs PARLEY_SPARQL_URL LOCAL_TURTLE_FILE');
  process.exit(2);
}
const local = new Store(new Parser().parse(readFileSync(localFile, 'utf8')));
const engine = new QueryEngine();
const query = `
  PREFIX parley: <https://w3id.org/parley/ontology#>
  SELECT ?who ?text WHERE {
    ?who <urn:x:memberOf> ?org .
    ?s parley:speaker ?who ; a parley:DirectQuote ; parley:text ?text .
  }`;
const bindings = await engine.queryBindings(query, {
  sources: [{ type: 'sparql', value: endpoint }, local],
});
for (const b of await bindings.toArray()) {
  console.log(`${b.get('who').value}\t${b.get('text').value}`);
}
