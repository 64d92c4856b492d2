/*
 * 年度报告 page: pick a body (within the user's scope), a year and optionally an as-of cut; read the report in the
 * page (the self-contained HTML report in a frame), print it (A4 landscape) and download it as HTML, XLSX, CSV, JSON
 * or PDF. An as-of report is computed by replaying the log: the page shows how far the replay is before it asks for
 * the report. Everything goes to /api/v1/reports/yearly with the user's own credentials (the API checks the scope).
 */
(function () {
  'use strict';

  var FORMATS = ['pdf', 'xlsx', 'html', 'csv', 'json'];
  var R = '/api/v1/reports/yearly';
  var POLL_MS = 700;

  window.addTexts({
    navReports: ['年度报告', 'Reports'], reportsTitle: ['{0} · {1} 年度汇总报告', '{0} · yearly summary {1}'],
    reportsIntro: ['选择单位、年度和（可选）截至时点，在页面中查看报告，或打印、下载。报告只含您有权查看的单位。',
      'Pick a body, a year and (optionally) an as-of cut; read the report here, print it or download it. Only bodies within your scope are offered.'],
    reportBody: ['单位', 'Body'], reportAsOf: ['截至（日期或全局序号，可空）', 'As of (date or global sequence, optional)'],
    reportAsOfHint: ['如 2025-06-30 或 1234；空表示最新数据', 'e.g. 2025-06-30 or 1234; empty for the latest data'],
    reportShow: ['查看报告', 'Show report'], reportPrint: ['打印（A4 横向）', 'Print (A4 landscape)'], reportDownload: ['下载', 'Download'],
    reportPreparing: ['正在计算报告…', 'Computing the report…'],
    reportReplaying: ['正在回放事件日志：{0} / {1}', 'Replaying the event log: {0} / {1}'],
    reportBasis: ['本报告依据全局序号 {0} 计算。', 'Computed at global sequence {0}.'],
    reportCheckpoint: ['审计检查点 第{0}号，摘要（SHA-256）{1}', 'Audit checkpoint no. {0}, digest (SHA-256) {1}'],
    reportNoCheckpoint: ['尚无审计检查点覆盖本报告的数据。', 'No audit checkpoint covers this report\'s data yet.'],
    reportVerifyHow: ['核验方法：经审会在“事件日志”页运行链校验，或以检查点编号和摘要调用 POST /api/v1/audit/checkpoints/check；以 asOf={0} 可重新生成同一报告。',
      'To verify: auditors run the chain check on the event log page, or POST the checkpoint number and digest to /api/v1/audit/checkpoints/check; asOf={0} reproduces this report.'],
    reportVerify: ['核验摘要', 'Verify digest'], reportVerified: ['摘要与账本一致。', 'The digest matches the ledger.'],
    reportNotVerified: ['摘要与账本不一致！', 'The digest does NOT match the ledger!'], reportFailed: ['报告生成失败', 'The report failed']
  });

  function kit() { return window.ledgerDashboard.kit; }

  function params(ctx, format) {
    return { year: ctx.year, body: ctx.region, format: format, asOf: ctx.params.asOf };
  }

  function bodyOptions(ctx) {
    var k = kit();
    var me = window.ledgerDashboard.state.me;
    return Promise.all(me.homes.map(function (h) {
      return k.names(h.bodyId).catch(function () { var m = {}; m[h.bodyId] = { bodyId: h.bodyId, name: h.name }; return m; });
    })).then(function (maps) {
      var list = [];
      maps.forEach(function (m) { Object.keys(m).forEach(function (id) { list.push(m[id]); }); });
      return list.map(function (b) {
        return '<option value="' + k.esc(b.bodyId) + '" title="' + k.esc(b.bodyId) + '"' +
          (b.bodyId === ctx.region ? ' selected' : '') + '>' + k.esc(b.name) + '</option>';
      }).join('');
    });
  }

  function render(ctx) {
    var k = kit();
    var t = k.t;
    var me = window.ledgerDashboard.state.me;
    return Promise.all([bodyOptions(ctx), k.body(ctx.region)]).then(function (d) {
      var years = (me.years || []).slice();
      if (years.indexOf(ctx.year) < 0) { years.push(ctx.year); }
      years.sort(function (a, b) { return b - a; });
      var form = '<form class="toolbar report-form" data-testid="report-form">' +
        '<label>' + k.esc(t('reportBody')) + ' <select data-param="region" data-testid="report-body">' + d[0] +
        '</select></label><label>' + k.esc(t('year')) + ' <select data-param="year" data-testid="report-year">' +
        years.map(function (y) {
          return '<option value="' + y + '"' + (y === ctx.year ? ' selected' : '') + '>' + y + '</option>';
        }).join('') + '</select></label><label>' + k.esc(t('reportAsOf')) + ' <input name="asOf" data-testid="report-asof" ' +
        'value="' + k.esc(ctx.params.asOf || '') + '" placeholder="' + k.esc(t('reportAsOfHint')) + '"></label>' +
        '<button type="submit" class="primary" data-testid="report-show">' + k.esc(t('reportShow')) + '</button></form>';
      var actions = '<div class="toolbar report-actions"><span class="muted">' + k.esc(t('reportDownload')) + '</span>' +
        FORMATS.map(function (f) {
          return '<button type="button" class="secondary" data-report-format="' + f + '" data-testid="report-download-' + f +
            '">' + f.toUpperCase() + '</button>';
        }).join('') + '<button type="button" class="secondary" data-action="report-print" data-testid="report-print">' +
        k.esc(t('reportPrint')) + '</button></div>';
      var html = '<div class="page-head"><div><h1 data-testid="title">' + k.esc(t('reportsTitle', d[1].name, ctx.year)) +
        '</h1><p class="muted">' + k.esc(t('reportsIntro')) + '</p></div></div>' + form + actions +
        '<div class="report-progress" data-testid="report-progress" hidden><progress max="1" value="0"></progress> ' +
        '<span></span></div><div class="report-basis card" data-testid="report-basis" hidden></div>' +
        '<iframe class="report-frame" data-testid="report-frame" title="report"></iframe>';
      return { html: html, after: function () { wire(ctx); show(ctx); } };
    });
  }

  function wire(ctx) {
    var k = kit();
    var view = document.getElementById('view');
    view.querySelector('[data-testid=report-form]').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var asOf = ev.target.elements.asOf.value.trim();
      k.setParam('asOf', asOf);
    });
    view.querySelectorAll('[data-report-format]').forEach(function (b) {
      b.addEventListener('click', function () { downloadFormat(ctx, b.getAttribute('data-report-format')); });
    });
    view.querySelector('[data-action=report-print]').addEventListener('click', function () {
      var frame = view.querySelector('.report-frame');
      if (frame.contentWindow) { frame.contentWindow.focus(); frame.contentWindow.print(); }
    });
  }

  /** Waits (showing the replay's progress) until the report can be computed without waiting. */
  function ready(ctx) {
    var k = kit();
    var box = document.querySelector('[data-testid=report-progress]');
    var status = k.url(R + '/status', { year: ctx.year, body: ctx.region, asOf: ctx.params.asOf });
    function poll() {
      return k.api(status).then(function (s) {
        if (!box || !box.isConnected) { return s; }
        box.hidden = s.ready;
        box.querySelector('progress').value = s.total > 0 ? Math.min(1, s.done / s.total) : 0;
        box.querySelector('span').textContent = s.phase === 'replaying'
          ? k.t('reportReplaying', k.count(s.done), k.count(s.total)) : k.t('reportPreparing');
        if (s.ready || s.phase === 'failed') { return s; }
        return new Promise(function (resolve) { setTimeout(resolve, POLL_MS); }).then(poll);
      });
    }
    return poll();
  }

  function show(ctx) {
    var k = kit();
    var frame = document.querySelector('[data-testid=report-frame]');
    ready(ctx).then(function () {
      return k.api(k.url(R, params(ctx, 'html')), { accept: 'text/html', response: true });
    }).then(function (response) {
      basis(response);
      return response.text();
    }).then(function (html) {
      if (!frame.isConnected) { return; }
      frame.setAttribute('data-loaded', 'false');
      frame.onload = function () { frame.setAttribute('data-loaded', 'true'); };
      frame.srcdoc = html;
    }).catch(function (e) {
      var box = document.querySelector('[data-testid=report-basis]');
      if (box) { box.hidden = false; box.innerHTML = k.errorHtml(e); }
    });
  }

  function basis(response) {
    var k = kit();
    var t = k.t;
    var box = document.querySelector('[data-testid=report-basis]');
    if (!box) { return; }
    var seq = response.headers.get('X-Ledger-Sequence');
    var cp = response.headers.get('X-Ledger-Checkpoint');
    var parts = cp ? cp.split(':') : null;
    box.hidden = false;
    box.innerHTML = '<p>' + k.esc(t('reportBasis', seq)) + ' ' + (parts ? k.esc(t('reportCheckpoint', parts[0], '')) +
      '<code class="mono" data-testid="report-digest">' + k.esc(parts[1]) + '</code>' : k.esc(t('reportNoCheckpoint'))) +
      '</p><p class="muted">' + k.esc(t('reportVerifyHow', seq)) + '</p>' +
      (parts && window.ledgerDashboard.state.me.mayVerify ? '<button type="button" class="secondary" ' +
        'data-testid="report-verify">' + k.esc(t('reportVerify')) + '</button> <span data-testid="report-verified"></span>' : '');
    var button = box.querySelector('[data-testid=report-verify]');
    if (button) {
      button.addEventListener('click', function () { verify(parts[0], parts[1], box); });
    }
  }

  function verify(number, hash, box) {
    var k = kit();
    k.api('/api/v1/audit/checkpoints/check', { method: 'POST', contentType: 'application/json', accept: 'application/x-ndjson',
      body: JSON.stringify({ number: Number(number), hash: hash }) }).then(function (text) {
      var matches = /"matches"\s*:\s*true/.test(text);
      var out = box.querySelector('[data-testid=report-verified]');
      out.textContent = k.t(matches ? 'reportVerified' : 'reportNotVerified');
      out.className = matches ? 'ok' : 'error';
    }).catch(function (e) { k.toast(e.message); });
  }

  function downloadFormat(ctx, format) {
    var k = kit();
    k.toast(k.t('reportPreparing'));
    ready(ctx).then(function () {
      return k.api(k.url(R, params(ctx, format)), { accept: '*/*', response: true });
    }).then(function (response) {
      var disposition = response.headers.get('Content-Disposition') || '';
      var m = /filename="?([^";]+)"?/.exec(disposition);
      return response.blob().then(function (blob) {
        k.download(m ? m[1] : 'yearly-report.' + format, blob);
        k.toast(null);
      });
    }).catch(function (e) { k.toast(k.t('reportFailed') + ': ' + e.message); });
  }

  window.LedgerPages = window.LedgerPages || {};
  window.LedgerPages.reports = { nav: 'navReports', keep: true, render: render,
    allowed: function (me) { return me.readsBusinessData; } };
}());
