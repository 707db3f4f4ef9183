// The ecosystem map (Cytoscape.js): actors coloured by sector and sized by betweenness, the evaluated organization
// ringed in gold at the centre, relations dashed when modelled, overlaps red; filters by stage and factor; a click
// shows an actor's measures or a relation's stages, factors and, for an overlap, its function and rationale.
(function () {
  'use strict';
  const K = window.Khumkha;
  const el = K.el;
  const view = K.json('ecosystem-data');
  const positions = K.json('ecosystem-positions') || {};
  const container = document.getElementById('map');
  const details = document.getElementById('details');
  if (!view || !container || !window.cytoscape) return;

  const sectors = new Map(view.sectors.map(s => [s.id, s]));
  const labelOf = new Map();
  view.actors.forEach(a => labelOf.set(a.id, K.pick(a.label, a.labelEn)));
  const dims = new Map(view.stages.concat(view.factors).map(d => [d.id, d]));

  const nodes = view.actors.map(a => ({
    group: 'nodes',
    data: {
      id: a.id, label: labelOf.get(a.id), color: (sectors.get(a.sector) || {}).color || '#8c8c8c',
      size: 26 + 64 * Math.sqrt(Math.max(0, a.betweennessNormalized)), bet: a.betweenness
    },
    position: positions[a.id] ? { x: positions[a.id][0], y: positions[a.id][1] } : undefined,
    classes: a.focal ? 'focal' : ''
  }));
  const edges = view.relations.filter(r => labelOf.has(r.from) && labelOf.has(r.to) && r.from !== r.to).map((r, i) => ({
    group: 'edges',
    data: { id: 'r' + i, source: r.from, target: r.to, relation: r, width: r.overlap ? 4 : 1.2 + 0.9 * Math.min(r.weight, 4) },
    classes: r.overlap ? 'overlap' : (r.modelled ? 'modelled' : 'stated')
  }));

  const font = 'Laksaman, sans-serif';
  function start() {
    const cy = cytoscape({
      container,
      elements: nodes.concat(edges),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', 'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)',
          'font-family': font, 'font-size': 19, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap',
          'text-max-width': 200, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
          'text-background-padding': 2, 'border-color': '#ffffff', 'border-width': 1.5 } },
        { selector: 'node.focal', style: { 'border-color': '#c9a100', 'border-width': 7, 'font-weight': 'bold', 'font-size': 21, 'z-index': 10 } },
        { selector: 'node.faded', style: { 'opacity': 0.3 } },
        { selector: 'node:selected', style: { 'overlay-color': '#4e79a7', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
        { selector: 'edge', style: {
          'width': 'data(width)', 'curve-style': 'bezier', 'line-color': '#4a4a4a', 'target-arrow-color': '#4a4a4a',
          'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'opacity': 0.85 } },
        { selector: 'edge.modelled', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5], 'line-color': '#9a9a9a', 'target-arrow-color': '#9a9a9a' } },
        { selector: 'edge.overlap', style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 5], 'line-color': '#d62728',
          'target-arrow-shape': 'none', 'source-arrow-shape': 'none', 'opacity': 1, 'z-index': 5 } },
        { selector: 'edge.filtered', style: { 'display': 'none' } },
        { selector: 'edge:selected', style: { 'overlay-color': '#d62728', 'overlay-opacity': 0.2, 'overlay-padding': 4 } }
      ],
      // GraphStream's layout, the same as the downloadable picture's; concentric by betweenness if it is missing
      layout: Object.keys(positions).length ? { name: 'preset', padding: 30 } : {
        name: 'concentric', concentric: n => n.hasClass('focal') ? 1e9 : n.data('bet'), minNodeSpacing: 46, padding: 30, animate: false
      }
    });

    cy.on('tap', 'node', e => showActor(e.target.id()));
    cy.on('tap', 'edge', e => showRelation(e.target.data('relation')));
    window.khumkhaMap = cy;
    container.dataset.ready = 'true';

    const stage = document.getElementById('stage-filter');
    const factor = document.getElementById('factor-filter');
    const overlaps = document.getElementById('show-overlaps');
    function applyFilters() {
      const s = stage.value, f = factor.value, o = overlaps.checked;
      cy.edges().forEach(e => {
        const r = e.data('relation');
        const visible = r.overlap ? o : ((!s || r.stages.includes(s)) && (!f || r.factors.includes(f)));
        e.toggleClass('filtered', !visible);
      });
      cy.nodes().forEach(n => {
        const connected = n.connectedEdges().some(e => !e.hasClass('filtered'));
        n.toggleClass('faded', !n.hasClass('focal') && (s || f) && !connected);
      });
      container.dataset.visibleEdges = String(cy.edges().filter(e => !e.hasClass('filtered')).length);
    }
    [stage, factor, overlaps].forEach(c => c.addEventListener('change', applyFilters));
    applyFilters();
  }

  function dl(pairs) {
    return el('dl', {}, pairs.filter(p => p[1] !== null && p[1] !== undefined && p[1] !== '').flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
  }

  function showActor(id) {
    const a = view.actors.find(x => x.id === id);
    if (!a) return;
    const sector = sectors.get(a.sector);
    details.replaceChildren(
      el('h3', { text: labelOf.get(id) }),
      a.focal ? el('p', { class: 'integrator', text: K.t('องค์การที่ประเมิน: บทบาทผู้บูรณาการระบบ (อันดับค่าความเป็นศูนย์กลางระหว่างทาง ' + view.integrator.betweennessRank + ')',
        'The evaluated organization: the system integrator (betweenness rank ' + view.integrator.betweennessRank + ')') }) : null,
      dl([
        [K.t('ภาคส่วน', 'Sector'), sector ? K.pick(sector.label, sector.labelEn) : '—'],
        [K.t('จำนวนความสัมพันธ์', 'Degree'), String(a.degree)],
        [K.t('ความเป็นศูนย์กลางระหว่างทาง (ปรับมาตรฐาน)', 'Betweenness (normalized)'), a.betweennessNormalized.toFixed(3)],
        [K.t('ความใกล้ชิด', 'Closeness'), a.closeness.toFixed(3)],
        [K.t('ข้อจำกัดเชิงโครงสร้าง (Burt)', "Burt's constraint"), a.constraint === null ? '—' : a.constraint.toFixed(3)],
        [K.t('บทบาทนายหน้า (Gould-Fernandez)', 'Brokerage (Gould-Fernandez)'), String(a.brokerage)],
        [K.t('บทบาทที่ระบุ', 'Stated roles'), a.roles.length ? a.roles.join(' · ') : null]
      ]));
    details.dataset.showing = id;
  }

  function showRelation(r) {
    const names = ids => ids.map(id => dims.get(id)).filter(Boolean).map(d => K.pick(d.label, d.labelEn));
    const parts = [
      el('h3', { text: r.overlap ? K.t('ภารกิจซ้ำซ้อน', 'Overlap of mandates') : K.pick(r.typeLabel, r.typeLabelEn) }),
      el('p', { text: labelOf.get(r.from) + (r.overlap ? ' ↔ ' : ' → ') + labelOf.get(r.to) }),
      el('p', { class: r.modelled ? 'mark modelled' : 'mark', text: r.modelled ? K.t('สร้างแบบจำลอง (ไม่ได้ระบุในบันทึกข้อตกลง)', 'Modelled (not stated in the MOU)')
        : K.t('ระบุในบันทึกข้อตกลง', 'Stated in the MOU') })
    ];
    const o = r.overlapDetail;
    parts.push(dl([
      [K.t('คำอธิบาย', 'Description'), K.pick(r.label, r.labelEn) || null],
      [K.t('น้ำหนัก', 'Weight'), r.overlap ? null : String(r.weight)],
      [K.t('ระยะการพัฒนา', 'Development stages'), names(r.stages).join(' · ') || null],
      [K.t('ปัจจัย', 'Factors'), names(r.factors).join(' · ') || null],
      [K.t('ภารกิจที่ซ้ำซ้อน', 'Overlapping function'), o ? K.pick(o.function, o.functionEn) : null],
      [K.t('เหตุผลความจำเป็น', 'Rationale'), o ? K.pick(o.rationale, o.rationaleEn) : null],
      [K.t('บทบาทที่แตกต่าง', 'Distinct role'), o ? K.pick(o.distinctRole, o.distinctRoleEn) : null],
      [K.t('ความคล้ายของภารกิจและกลุ่มเป้าหมาย (Jaccard)', 'Similarity of functions and target groups (Jaccard)'), o ? o.jaccard.toFixed(2) : null],
      [K.t('ภารกิจที่ทำเหมือนกัน', 'Shared functions'), o && o.sharedFunctions.length ? o.sharedFunctions.join(' · ') : null]
    ]));
    details.replaceChildren(...parts);
    details.dataset.showing = r.id;
  }

  // The canvas does not wait for web fonts: load the Thai face first.
  const ready = document.fonts && document.fonts.load ? document.fonts.load('16px Laksaman') : Promise.resolve();
  ready.then(start, start);
})();
