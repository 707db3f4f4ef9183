// The scorecard page: the radar (ECharts) from the dimension scores in the page, a click on an indicator row shows or
// hides its trace, and the pickers reload the page for another organization or year.
(function () {
  'use strict';
  const K = window.Khumkha;

  const dims = K.json('radar-data') || [];

  /** Breaks a label into lines of about `width` characters at Thai word boundaries (Intl.Segmenter). */
  function wrap(text, width) {
    const words = window.Intl && Intl.Segmenter
      ? Array.from(new Intl.Segmenter(K.lang, { granularity: 'word' }).segment(text), s => s.segment)
      : text.split(/(\s+)/);
    const lines = [''];
    words.forEach(w => {
      if (lines[lines.length - 1].length + w.length > width && lines[lines.length - 1].trim()) lines.push('');
      lines[lines.length - 1] += w;
    });
    return lines.map(l => l.trim()).filter(Boolean).join('\n');
  }
  const radar = document.getElementById('radar');
  if (radar && window.echarts && dims.length >= 3) {
    const chart = echarts.init(radar, null, { renderer: 'svg' });
    chart.setOption({
      textStyle: { fontFamily: 'Laksaman, sans-serif', fontSize: 15 },
      tooltip: {},
      radar: {
        radius: '55%', center: ['50%', '54%'],
        indicator: dims.map(d => ({ name: wrap(d.code + '. ' + d.label.replace(/\s*\([^)]*\)$/, ''), 16), max: 5 })),
        axisName: { color: '#1a1a1a', fontSize: 14, lineHeight: 17 },
        splitNumber: 5
      },
      series: [{
        type: 'radar',
        areaStyle: { opacity: 0.3 },
        label: { show: true, formatter: p => Number(p.value).toFixed(2) },
        data: [{ value: dims.map(d => d.score), name: K.t('คะแนนเฉลี่ยรายมิติ (0-5)', 'Dimension score (0-5)') }]
      }]
    });
    window.addEventListener('resize', () => chart.resize());
    radar.dataset.drawn = 'true';
  }

  function toggle(row) {
    const trace = document.querySelector('tr.trace[data-for="' + CSS.escape(row.dataset.code) + '"]');
    if (!trace) return;
    const open = trace.hidden;
    trace.hidden = !open;
    row.setAttribute('aria-expanded', String(open));
  }
  document.querySelectorAll('tr.indicator').forEach(row => {
    row.addEventListener('click', () => toggle(row));
    row.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(row); } });
  });

  const form = document.getElementById('pickers');
  if (form) {
    document.getElementById('org-picker').addEventListener('change', () => {
      form.querySelector('[name=year]').disabled = true; // another organization: its own default year
      form.submit();
    });
    document.getElementById('year-picker').addEventListener('change', () => form.submit());
  }
})();
