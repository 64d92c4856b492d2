/*
 * Exports equal the screen: a dashboard table read from the page as shown (Chinese headers, names, the 合计 row),
 * saved as CSV (the shown text, UTF-8 with BOM) or XLSX (POST /dashboard/api/xlsx/table: counts, yuan and
 * percentages as numbers with formats, dates as dates). A number that links to its query carries its raw value
 * (data-raw), so the XLSX cell holds the exact figure, not the rounded display.
 */
(function () {
  'use strict';

  var YUAN = /^-?¥?-?[\d,]+\.\d+$/;
  var PERCENT = /^-?[\d,]+(\.\d+)?%$/;
  var COUNT = /^-?[\d,]+$/;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function text(el) { return (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim(); }

  /** A text cell without its secondary bits (the code and links in grey beside a name). */
  function mainText(td) {
    var copy = td.cloneNode(true);
    copy.querySelectorAll('.muted, .sep, details').forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/\s+/g, ' ').replace(/[\s·]+$/, '').trim();
  }

  /** The kind and raw value of one numeric cell as shown. */
  function numeric(td) {
    var shown = text(td);
    var link = td.querySelector('a.q[data-raw]');
    var raw = link ? link.getAttribute('data-raw') : null;
    if (shown === '' || shown === '—') { return { kind: null, value: '' }; }
    if (PERCENT.test(shown)) {
      return { kind: 'percent', value: raw !== null && raw !== '' ? raw : String(Number(shown.replace(/[,%]/g, '')) / 100) };
    }
    if (shown.indexOf('¥') >= 0 || YUAN.test(shown)) {
      return { kind: 'yuan', value: raw !== null && raw !== '' ? raw : shown.replace(/[¥,]/g, '') };
    }
    if (COUNT.test(shown)) { return { kind: 'count', value: raw !== null && raw !== '' ? raw : shown.replace(/,/g, '') }; }
    return { kind: 'text', value: shown };
  }

  /** The table with this export id as shown, or null when the page has none. */
  function read(id) {
    var card = document.querySelector('[data-table="' + id + '"]');
    var table = card && card.querySelector('table');
    if (!table) { return null; }
    var ths = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var columns = ths.map(function (th) { return { label: text(th), kind: th.classList.contains('num') ? null : 'text' }; });
    var shownRows = [];
    var rows = [];
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var tds = Array.prototype.slice.call(tr.children);
      if (tds.length !== columns.length) { return; }
      shownRows.push(tds.map(function (td, c) { return columns[c].kind === 'text' ? mainText(td) : text(td); }));
      rows.push(tds.map(function (td, c) {
        if (columns[c].kind === 'text') { return mainText(td); }
        var n = numeric(td);
        if (n.kind && !columns[c].kind) { columns[c].kind = n.kind; }
        return n.value;
      }));
    });
    columns.forEach(function (col, c) {
      if (!col.kind) { col.kind = 'count'; }
      if (col.kind === 'text' && rows.length && rows.every(function (r) { return r[c] === '' || DATE.test(r[c]); })) {
        col.kind = 'date';
      }
      // a numeric column with a cell of another kind (e.g. text in a count column) stays text, as shown
      if (col.kind !== 'text' && col.kind !== 'date' && rows.some(function (r) { return r[c] !== '' && isNaN(Number(r[c])); })) {
        col.kind = 'text';
        rows.forEach(function (r, i) { r[c] = shownRows[i][c]; });
      }
    });
    var title = card.querySelector('h2');
    return { title: title ? text(title) : id, columns: columns, rows: rows, shown: shownRows };
  }

  function csvField(v) {
    var s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function save(table, name, format, kit) {
    if (format === 'csv') {
      var lines = [table.columns.map(function (c) { return csvField(c.label); }).join(',')]
        .concat(table.shown.map(function (r) { return r.map(csvField).join(','); }));
      kit.download(name + '.csv', new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
      return Promise.resolve();
    }
    return kit.api('/dashboard/api/xlsx/table', { method: 'POST', contentType: 'application/json', response: true,
      accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: JSON.stringify({ name: name, title: table.title, columns: table.columns, rows: table.rows }) })
      .then(function (response) { return response.blob(); })
      .then(function (blob) { kit.download(name + '.xlsx', blob); });
  }

  window.LedgerScreenTable = { read: read, save: save };
}());
