// The by-province page: a horizontal bar per province (ECharts) from the view embedded in the page, coloured by
// target met (green), not met (red) or no verdict (grey), with the national target as a line; the pickers reload the page.
(function () {
  'use strict';
  const K = window.Khumkha;
  const view = K.json('province-data');

  const node = document.getElementById('province-chart');
  if (node && window.echarts && view && view.provinces.length) {
    const rows = view.provinces.filter(p => p.value !== null).slice().reverse(); // first province on top
    node.style.height = Math.max(240, 26 * rows.length + 80) + 'px';
    const chart = echarts.init(node, null, { renderer: 'svg' });
    window.khumkhaProvinceChart = chart;
    const colour = p => p.met === true ? '#59a14f' : p.met === false ? '#e15759' : '#9c9c9c';
    const nationalTarget = view.nation && view.nation.target !== null ? Number(view.nation.target) : null;
    chart.setOption({
      textStyle: { fontFamily: 'Laksaman, sans-serif', fontSize: 14 },
      grid: { left: 190, right: 60, top: 30, bottom: 30 },
      tooltip: {
        trigger: 'item',
        formatter: p => {
          const r = rows[p.dataIndex];
          return K.pick(r.label, r.labelEn) + ': ' + r.value
            + (r.denominator !== null ? ' (' + r.numerator + ' / ' + r.denominator + ')' : '')
            + (r.met === null ? '' : r.met ? K.t(' ✓ บรรลุ', ' ✓ met') : K.t(' ✗ ไม่บรรลุ', ' ✗ not met'));
        }
      },
      xAxis: { type: 'value', name: view.unit === 'percent' ? '%' : '' },
      yAxis: { type: 'category', data: rows.map(r => r.code + ' ' + K.pick(r.label, r.labelEn)), axisLabel: { fontSize: 13 } },
      series: [{
        type: 'bar',
        name: view.indicator,
        data: rows.map(r => ({ value: Number(r.value), itemStyle: { color: colour(r) } })),
        label: { show: true, position: 'right', formatter: p => Number(p.value).toFixed(2) },
        markLine: nationalTarget === null || !view.ratio ? undefined : {
          symbol: 'none', lineStyle: { type: 'dashed', color: '#4e79a7' },
          label: { formatter: K.t('เป้าหมายระดับประเทศ ', 'national target ') + nationalTarget },
          data: [{ xAxis: nationalTarget }]
        }
      }]
    });
    window.addEventListener('resize', () => chart.resize());
    node.dataset.drawn = 'true';
    node.dataset.bars = String(rows.length);
  }

  const form = document.getElementById('pickers');
  if (form) {
    document.getElementById('org-picker').addEventListener('change', () => {
      form.querySelector('[name=year]').disabled = true; // another organization: its own default year and indicator
      form.querySelector('[name=indicator]').disabled = true;
      form.submit();
    });
    document.getElementById('year-picker').addEventListener('change', () => form.submit());
    document.getElementById('indicator-picker').addEventListener('change', () => form.submit());
  }
})();
