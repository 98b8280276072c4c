// Sets up YASGUI on the query page: this server's endpoint, the ontology's prefixes, the saved queries as examples.
(function () {
  var base = window.location.href.replace(/[?#].*$/, '').replace(/\/[^/]*$/, '/');
  var prefixes = {
    parley: 'https://w3id.org/parley/ontology#',
    id: 'https://w3id.org/parley/id/',
    prov: 'http://www.w3.org/ns/prov#',
    nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    schema: 'https://schema.org/',
    owl: 'http://www.w3.org/2002/07/owl#'
  };
  var header = Object.keys(prefixes).map(function (p) {
    return 'PREFIX ' + p + ': <' + prefixes[p] + '>';
  }).join('\n');
  var firstQuery = header + '\n\n# Who said what: every direct quote with its speaker\n' +
    'SELECT ?speaker ?text ?date WHERE {\n' +
    '  ?s a parley:DirectQuote ; parley:speaker ?who ; parley:text ?text .\n' +
    '  ?who rdfs:label ?speaker .\n' +
    '  OPTIONAL { ?s parley:date ?date }\n' +
    '} ORDER BY ?date ?speaker LIMIT 100';
  Yasgui.Yasqe.defaults.value = firstQuery;
  // The page works offline: no autocompleter that asks outside services (prefix.cc, LOV) for suggestions.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: base + 'sparql', method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null
  });
  window.parleyYasgui = yasgui;

  // The saved queries (queries/*.rq) as examples: one button each opens its text in a new tab. Parameters
  // (?_name, ?__name) are left as variables here; the saved-query API binds them (/queries/NAME?name=...).
  var examples = document.getElementById('examples');
  fetch(base + 'queries', { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : { queries: [] }; })
    .then(function (list) {
      if (!list.queries.length) { return; }
      var label = document.createElement('span');
      label.textContent = 'Saved queries: ';
      examples.appendChild(label);
      list.queries.forEach(function (q) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = q.name;
        b.title = q.summary;
        b.addEventListener('click', function () {
          yasgui.addTab(true, { name: q.name });
          yasgui.getTab().setQuery(q.sparql);
        });
        examples.appendChild(b);
      });
    })
    .catch(function () { /* the page works without the list */ });
})();
