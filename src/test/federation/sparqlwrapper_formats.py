"""SPARQLWrapper (a real outside SPARQL client) asks parley's endpoint in each of its return formats.

SPARQLWrapper sends its return format three times as a parameter (format=, output=, results=), for some formats
with a media type besides, and an Accept header; with default settings a SELECT asks for "xml" and a CONSTRUCT
for "xml" too (RDF/XML), and its N3 and RDF/XML requests are the ones Fuseki refuses.

Usage: /usr/bin/python3 sparqlwrapper_formats.py PARLEY_SPARQL_URL
Prints one line per format: the query form, the format, "ok" and the number of rows or triples; exits 1 if one
failed.
"""
import sys

from rdflib import Graph
from SPARQLWrapper import SPARQLWrapper, XML, JSON, CSV, TSV, N3, RDFXML, TURTLE

endpoint = sys.argv[1]
SELECT = """PREFIX parley: <https://w3id.org/parley/ontology#>
SELECT ?s WHERE { ?s a parley:DirectQuote } LIMIT 5"""
CONSTRUCT = """PREFIX parley: <https://w3id.org/parley/ontology#>
CONSTRUCT { ?s parley:speaker ?w } WHERE { ?s a parley:DirectQuote ; parley:speaker ?w } LIMIT 5"""


def count(form, fmt, result):
    """Rows of a SELECT's results, triples of a CONSTRUCT's graph, as SPARQLWrapper hands them over."""
    if form == "SELECT":
        if fmt == XML:
            return len(result.getElementsByTagName("result"))
        if fmt == JSON:
            return len(result["results"]["bindings"])
        return len(result.decode("utf-8").strip().splitlines()) - 1  # CSV, TSV: the header line, then rows
    if fmt in (N3, TURTLE):
        return len(Graph().parse(data=result.decode("utf-8"), format="turtle"))
    return len(result)  # XML, RDF/XML: an rdflib graph


failed = False
cases = [("SELECT", SELECT, f) for f in (XML, JSON, CSV, TSV)]
# JSON-LD is left out: SPARQLWrapper 1.8 reads it only with the rdflib-jsonld package, which Debian lacks.
cases += [("CONSTRUCT", CONSTRUCT, f) for f in (XML, RDFXML, N3, TURTLE)]
for form, query, fmt in cases:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    try:
        n = count(form, fmt, sparql.query().convert())
        print("%s\t%s\tok\t%d" % (form, fmt, n))
        failed = failed or n != 5
    except Exception as e:  # an HTTP error or a body the client cannot read
        print("%s\t%s\tfailed\t%s" % (form, fmt, str(e).splitlines()[0] if str(e) else type(e).__name__))
        failed = True
# The default: a SELECT without setReturnFormat (XML).
default = SPARQLWrapper(endpoint)
default.setQuery(SELECT)
print("SELECT\tdefault\tok\t%d" % count("SELECT", XML, default.query().convert()))
sys.exit(1 if failed else 0)
