"""rdflib (a real outside SPARQL client) joins parley's endpoint with a graph of its own.

rdflib 6.1's own SERVICE drops literal values from JSON results (every ?text comes back None), so the join is
made the other way round: rdflib's SPARQLStore queries parley's endpoint, and the rows are joined with the local
graph on the speaker's IRI.

Usage: /usr/bin/python3 rdflib_join.py PARLEY_SPARQL_URL
Prints one line per row: speaker IRI, tab, quoted text.
"""
import sys

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

endpoint = sys.argv[1]
local = Graph()
local.add((URIRef("https://w3id.org/parley/id/alexander-grushko"), URIRef("urn:x:memberOf"), Literal("Russian MFA")))

remote = Graph(store=SPARQLStore(endpoint, returnFormat="xml"))
quotes = remote.query("""
PREFIX parley: <https://w3id.org/parley/ontology#>
SELECT ?who ?text WHERE { ?s parley:speaker ?who ; a parley:DirectQuote ; parley:text ?text }""")
members = {who for who, _, _ in local.triples((None, URIRef("urn:x:memberOf"), None))}
for who, text in quotes:
    if who in members:
        print("%s\t%s" % (who, text))
