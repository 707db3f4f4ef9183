// The queries page: the named queries from /api/queries, their parameters with defaults, results as a table
// (SPARQL JSON from POST /api/queries/{name}) or CSV; and a free SPARQL editor posting to the SPARQL endpoint.
(function () {
  'use strict';
  const K = window.Khumkha;
  const el = K.el;
  const select = document.getElementById('query-select');
  const detail = document.getElementById('query-detail');
  const form = document.getElementById('query-form');
  const paramsBox = document.getElementById('query-params');
  const status = document.getElementById('query-status');
  const results = document.getElementById('query-results');
  let queries = [];

  K.fetchJson('/api/queries').then(list => {
    queries = list;
    list.forEach(q => select.appendChild(el('option', { value: q.name, text: K.pick(q.titleTh, q.titleEn) + ' (' + q.name + ')' })));
    select.dataset.loaded = String(list.length);
    const wanted = new URLSearchParams(location.search).get('q');
    if (wanted && list.some(q => q.name === wanted)) { select.value = wanted; choose(); }
  }, err => { status.textContent = err.message; });

  function current() { return queries.find(q => q.name === select.value); }

  function choose() {
    const q = current();
    results.replaceChildren();
    status.textContent = '';
    if (!q) { form.hidden = true; detail.replaceChildren(); return; }
    detail.replaceChildren(el('h3', { text: K.pick(q.titleTh, q.titleEn) }), el('p', { text: q.question || '' }),
      el('p', { class: 'hint' }, el('code', { text: 'queries/' + q.name + '.rq' })));
    paramsBox.replaceChildren(...q.parameters.map(p => el('label', {},
      el('span', { text: p.name + ' (' + p.type + ')' + (p.description ? ' — ' + p.description : '') }),
      el('input', { name: p.name, value: p.name === 'orgId' && document.body.dataset.org ? document.body.dataset.org : (p.defaultValue || ''),
        'data-param': p.name }))));
    form.hidden = false;
  }
  select.addEventListener('change', choose);

  function params() {
    const body = {};
    paramsBox.querySelectorAll('input[data-param]').forEach(i => { if (i.value.trim() !== '') body[i.dataset.param] = i.value.trim(); });
    return body;
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const q = current();
    if (!q) return;
    status.textContent = K.t('กำลังเรียกดู…', 'Running…');
    results.replaceChildren();
    try {
      const data = await K.fetchJson('/api/queries/' + encodeURIComponent(q.name), {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/sparql-results+json' },
        body: JSON.stringify(params())
      });
      const rows = data.results ? data.results.bindings.length : 0;
      status.textContent = K.t(rows + ' แถว', rows + ' rows');
      status.dataset.rows = String(rows);
      results.replaceChildren(K.sparqlTable(data));
    } catch (err) {
      status.textContent = err.message;
      status.className = 'status bad';
    }
  });

  document.getElementById('download-csv').addEventListener('click', async () => {
    const q = current();
    if (!q) return;
    const r = await fetch('/api/queries/' + encodeURIComponent(q.name) + '?format=csv', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(params()) });
    if (!r.ok) { status.textContent = (await r.text()); return; }
    const url = URL.createObjectURL(await r.blob());
    const a = el('a', { href: url, download: q.name + '.csv' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });

  // The free editor talks to Fuseki directly (it sends CORS headers); the endpoint's host is this page's host.
  const endpoint = (() => {
    try {
      const u = new URL(document.body.dataset.endpoint);
      u.hostname = location.hostname;
      return u.toString();
    } catch (e) { return document.body.dataset.endpoint; }
  })();
  const sparqlStatus = document.getElementById('sparql-status');
  const sparqlResults = document.getElementById('sparql-results');
  document.getElementById('run-sparql').addEventListener('click', async () => {
    sparqlStatus.textContent = K.t('กำลังส่งคำถาม…', 'Sending…');
    sparqlStatus.className = 'status';
    sparqlResults.replaceChildren();
    try {
      const r = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json' }, body: new URLSearchParams({ query: document.getElementById('sparql-text').value }) });
      const text = await r.text();
      if (!r.ok) throw new Error(r.status + ': ' + text);
      const data = JSON.parse(text);
      const rows = data.results ? data.results.bindings.length : 0;
      sparqlStatus.textContent = K.t(rows + ' แถว', rows + ' rows');
      sparqlStatus.dataset.rows = String(rows);
      sparqlResults.replaceChildren(K.sparqlTable(data));
    } catch (err) {
      sparqlStatus.textContent = err.message;
      sparqlStatus.className = 'status bad';
    }
  });
})();
