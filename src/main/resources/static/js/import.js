// The import page: validate an uploaded measurement file (POST /api/measurements), list its problems row by row,
// and commit it (POST /api/measurements?commit=true) only when it has none.
(function () {
  'use strict';
  const K = window.Khumkha;
  const el = K.el;
  const form = document.getElementById('upload-form');
  const file = document.getElementById('file');
  const illustrative = document.getElementById('illustrative');
  const status = document.getElementById('import-status');
  const problems = document.getElementById('problems');
  const commit = document.getElementById('commit');

  async function send(doCommit) {
    if (!file.files.length) return null;
    const data = new FormData();
    data.append('file', file.files[0]);
    const url = '/api/measurements?illustrative=' + illustrative.checked + (doCommit ? '&commit=true' : '');
    return K.fetchJson(url, { method: 'POST', body: data });
  }

  function show(report) {
    const rows = report.problems || [];
    problems.tBodies[0].replaceChildren(...rows.map(p => el('tr', { 'data-line': p.line },
      el('td', { class: 'num', text: String(p.line) }), el('td', { text: p.column || '' }), el('td', { text: p.reason }))));
    problems.hidden = rows.length === 0;
    status.dataset.problems = String(rows.length);
    if (rows.length) {
      status.className = 'status bad';
      status.textContent = K.t(report.file + ': ' + report.rows + ' แถว พบปัญหา ' + rows.length + ' รายการ ไม่สามารถบันทึกได้ แก้ไขแล้วอัปโหลดใหม่',
        report.file + ': ' + report.rows + ' rows, ' + rows.length + ' problems; nothing can be written until they are fixed');
      commit.hidden = true;
    } else if (report.committed) {
      const w = report.written || {};
      status.className = 'status ok';
      status.textContent = K.t('บันทึกแล้ว: เพิ่ม ' + (w.added || 0) + ' แทนที่ ' + (w.replaced || 0) + ' ไม่เปลี่ยน ' + (w.unchanged || 0) + ' ค่า',
        'Committed: ' + (w.added || 0) + ' added, ' + (w.replaced || 0) + ' replaced, ' + (w.unchanged || 0) + ' unchanged');
      status.dataset.committed = 'true';
      commit.hidden = true;
    } else {
      status.className = 'status ok';
      status.textContent = K.t(report.file + ': ' + report.rows + ' แถว ไม่พบปัญหา กด "บันทึกลงคลังข้อมูล" เพื่อบันทึก',
        report.file + ': ' + report.rows + ' rows, no problem; press "Commit" to write them');
      commit.hidden = false;
    }
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    status.className = 'status';
    status.textContent = K.t('กำลังตรวจสอบ…', 'Validating…');
    delete status.dataset.committed;
    try { show(await send(false)); } catch (err) { status.className = 'status bad'; status.textContent = err.message; }
  });
  file.addEventListener('change', () => { commit.hidden = true; problems.hidden = true; status.textContent = ''; });
  commit.addEventListener('click', async () => {
    commit.disabled = true;
    try { show(await send(true)); } catch (err) { status.className = 'status bad'; status.textContent = err.message; }
    finally { commit.disabled = false; }
  });
})();
