// The result chain (Cytoscape.js, preset places from the server's layered layout): inputs → processes → outputs →
// outcomes → impacts; modelled links dashed orange; a click on an outcome or impact opens its indicator with the
// results of every fiscal year (from /api/scorecard).
(function () {
  'use strict';
  const K = window.Khumkha;
  const el = K.el;
  const view = K.json('chain-data');
  const container = document.getElementById('chain');
  const panel = document.getElementById('indicator-panel');
  if (!view || !container || !window.cytoscape) return;
  const org = document.body.dataset.org;
  const years = (document.body.dataset.years || '').split(' ').filter(Boolean).map(Number);
  const COLUMN = 330, ROW = 66;
  const fills = ['#e8eef7', '#e6f2e6', '#fdf3dc', '#fde5e4', '#efe6f5'];
  const strokes = ['#4e79a7', '#59a14f', '#c9a100', '#e15759', '#b07aa1'];
  const top = Math.min(0, ...view.elements.map(e => e.row)) * ROW - 70;

  const elements = [];
  view.levels.forEach(l => elements.push({ group: 'nodes', data: { id: 'level-' + l.level, label: K.pick(l.label, l.labelEn) },
    position: { x: (l.level - 1) * COLUMN, y: top }, classes: 'header', selectable: false, grabbable: false }));
  view.elements.forEach(e => {
    const name = K.pick(e.label, e.labelEn);
    elements.push({ group: 'nodes', data: { id: e.id, label: e.indicator ? e.indicator + ' · ' + name : name, fill: fills[e.level - 1],
      stroke: strokes[e.level - 1], indicator: e.indicator || '' }, position: { x: (e.level - 1) * COLUMN, y: e.row * ROW },
      classes: e.indicator ? 'measured' : '' });
  });
  view.links.forEach((l, i) => elements.push({ group: 'edges', data: { id: 'l' + i, source: l.from, target: l.to },
    classes: l.modelled ? 'modelled' : 'stated' }));

  function start() {
    const cy = cytoscape({
      container, elements, layout: { name: 'preset', padding: 20 }, wheelSensitivity: 0.3, autoungrabify: true,
      style: [
        { selector: 'node', style: { 'shape': 'round-rectangle', 'width': 270, 'height': 50, 'background-color': 'data(fill)',
          'border-color': 'data(stroke)', 'border-width': 1.5, 'label': 'data(label)', 'font-family': 'Laksaman, sans-serif',
          'font-size': 14, 'text-wrap': 'ellipsis', 'text-max-width': 255, 'text-valign': 'center', 'text-halign': 'center' } },
        { selector: 'node.measured', style: { 'border-width': 3.5 } },
        { selector: 'node.header', style: { 'background-opacity': 0, 'border-width': 0, 'font-size': 20, 'font-weight': 'bold', 'events': 'no' } },
        { selector: 'node:selected', style: { 'overlay-color': '#e15759', 'overlay-opacity': 0.2 } },
        { selector: 'node.dim', style: { 'opacity': 0.35 } },
        { selector: 'edge', style: { 'width': 1.6, 'curve-style': 'bezier', 'line-color': '#333333', 'target-arrow-color': '#333333',
          'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'opacity': 0.8 } },
        { selector: 'edge.modelled', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5], 'line-color': '#e07b00', 'target-arrow-color': '#e07b00' } },
        { selector: 'edge.dim', style: { 'opacity': 0.1 } }
      ]
    });
    // Text of a node wraps to its box: two lines at most, cut with an ellipsis.
    cy.nodes().not('.header').style({ 'text-wrap': 'wrap', 'text-max-width': 255, 'text-overflow-wrap': 'anywhere', 'line-height': 1.15 });
    cy.nodes().not('.header').forEach(n => {
      const label = n.data('label');
      if (label.length > 64) n.data('label', label.substring(0, 62) + '…');
    });
    cy.on('tap', 'node', e => {
      const n = e.target;
      if (n.hasClass('header')) return;
      const chain = n.predecessors().union(n.successors()).union(n);
      cy.elements().not('.header').addClass('dim');
      chain.removeClass('dim');
      if (n.data('indicator')) openIndicator(n.data('indicator'));
    });
    cy.on('tap', e => { if (e.target === cy) cy.elements().removeClass('dim'); });
    window.khumkhaChain = cy;
    container.dataset.ready = 'true';
  }

  const scorecards = new Map();
  function scorecard(year) {
    if (!scorecards.has(year)) scorecards.set(year, K.fetchJson('/api/scorecard/' + encodeURIComponent(org) + '/' + year));
    return scorecards.get(year);
  }

  function openIndicator(code) {
    const ind = view.indicators.find(i => i.code === code);
    if (!ind) return;
    const body = el('tbody');
    const table = el('table', { class: 'results-by-year', id: 'results-by-year' },
      el('thead', {}, el('tr', {}, el('th', { text: K.t('ปีงบประมาณ', 'Fiscal year') }), el('th', { class: 'num', text: K.t('ค่าเป้าหมาย', 'Target') }),
        el('th', { class: 'num', text: K.t('ผล', 'Result') }), el('th', { text: K.t('บรรลุ', 'Met') }))), body);
    panel.replaceChildren(
      el('h3', { text: ind.code + ' · ' + K.pick(ind.label, ind.labelEn) }),
      el('p', { class: 'hint', text: ind.kind === 'impact' ? K.t('ตัวชี้วัดผลกระทบ', 'Impact indicator') : K.t('ตัวชี้วัดผลลัพธ์', 'Outcome indicator') }),
      el('dl', {},
        el('dt', { text: K.t('นิยาม', 'Definition') }), el('dd', { text: K.pick(ind.definition, ind.definitionEn) || '—' }),
        el('dt', { text: K.t('สูตรการคำนวณ', 'Formula') }), el('dd', { text: K.pick(ind.formula, ind.formulaEn) || '—' }),
        el('dt', { text: K.t('ค่าเป้าหมาย', 'Target') }), el('dd', { text: (ind.targetText || '—') + (ind.targetYear ? ' (' + ind.targetYear + ')' : '') }),
        el('dt', { text: K.t('หน่วย', 'Unit') }), el('dd', { text: K.pick(ind.unit, ind.unitEn) || '—' })),
      el('h4', { text: K.t('ผลรายปี', 'Results by year') }), table);
    panel.dataset.indicator = code;
    years.forEach(year => {
      const row = el('tr', { 'data-year': year }, el('td', { text: String(year) }), el('td', { class: 'num', text: '…' }),
        el('td', { class: 'num', text: '…' }), el('td', { text: '' }));
      body.appendChild(row);
      scorecard(year).then(card => {
        const m = (card.matrix || []).find(x => x.code === code);
        row.children[1].textContent = m && m.target !== null ? Number(m.target).toFixed(2) : '—';
        row.children[2].textContent = m && m.result !== null ? String(m.result) : '—';
        row.children[3].textContent = m ? (m.met ? '✓' : '✗') : '—';
        row.children[3].className = m && m.met ? 'ok' : 'bad';
        row.title = m ? m.trace.join('\n') : '';
      }, err => { row.children[1].textContent = err.message; });
    });
  }
  window.khumkhaOpenIndicator = openIndicator;

  const ready = document.fonts && document.fonts.load ? document.fonts.load('16px Laksaman') : Promise.resolve();
  ready.then(start, start);
})();
