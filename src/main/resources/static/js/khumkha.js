// Shared by every page: the language switch (remembered in localStorage and a cookie), and small helpers that build
// DOM with textContent only, so no label from the graph is ever parsed as HTML.
(function () {
  'use strict';
  const KEY = 'khumkha.lang';
  const body = document.body;
  const lang = body.dataset.lang || 'th';

  const sw = document.getElementById('lang-switch');
  if (sw) {
    sw.addEventListener('click', () => {
      try { localStorage.setItem(KEY, sw.dataset.lang); } catch (e) { /* storage disabled */ }
    });
  }
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.substring(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  /** Thai or English, falling back to the other. */
  function pick(th, en) {
    const first = lang === 'th' ? th : en;
    const second = lang === 'th' ? en : th;
    return (first && String(first).trim()) ? first : (second || '');
  }

  function t(th, en) { return lang === 'th' ? th : en; }

  function json(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  async function fetchJson(url, options) {
    const r = await fetch(url, options);
    const text = await r.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!r.ok) {
      throw new Error((data && data.error) || (data && data.detail) || (r.status + ' ' + r.statusText));
    }
    return data;
  }

  const PREFIXES = [['codi:', 'https://w3id.org/khumkha/id/codi/'], ['g:', 'https://w3id.org/khumkha/graph/'],
    ['fw:', 'https://w3id.org/khumkha/id/opdc-framework/'], ['ref:', 'https://w3id.org/khumkha/id/ref/'],
    ['id:', 'https://w3id.org/khumkha/id/'], ['kk:', 'https://w3id.org/khumkha#']];

  /** An IRI as its prefixed name (the longest namespace wins), the full IRI kept as the cell's title. */
  function shortIri(iri) {
    for (const [prefix, ns] of PREFIXES) {
      if (iri.startsWith(ns)) return prefix + iri.substring(ns.length);
    }
    return iri;
  }

  function cell(term) {
    if (!term) return el('td', { text: '' });
    if (term.type === 'uri') return el('td', { class: 'iri', title: term.value, text: shortIri(term.value) });
    return el('td', { text: term.value });
  }

  /** A table from SPARQL 1.1 JSON results. */
  function sparqlTable(results) {
    const vars = (results.head && results.head.vars) || [];
    if (results.boolean !== undefined) {
      return el('p', { class: results.boolean ? 'ok' : 'bad', text: String(results.boolean) });
    }
    const rows = (results.results && results.results.bindings) || [];
    const table = el('table', { class: 'sparql-results' },
      el('thead', {}, el('tr', {}, vars.map(v => el('th', { text: v })))),
      el('tbody', {}, rows.map(b => el('tr', {}, vars.map(v => cell(b[v]))))));
    return table;
  }

  window.Khumkha = { lang, el, pick, t, json, fetchJson, sparqlTable, shortIri };

  // A page opened without ?lang= follows the language chosen before.
  try {
    const stored = localStorage.getItem(KEY);
    const params = new URLSearchParams(location.search);
    if (!params.has('lang') && stored && stored !== lang && (stored === 'th' || stored === 'en')) {
      params.set('lang', stored);
      location.replace(location.pathname + '?' + params.toString());
    }
    if (params.has('lang')) { localStorage.setItem(KEY, lang); }
  } catch (e) { /* storage disabled */ }

})();
