/*
 * Upload page for trip rosters (docs/import.md): pick a CSV or XLSX file, see the dry run row by row (nothing is
 * written), then confirm to import. Uses the dashboard's sign-in of this tab (sessionStorage); without it, it sends
 * the user to the dashboard to sign in. Texts Chinese first, English with the toggle (the dashboard's setting).
 */
import { LedgerPage } from './page.js';

(function () {
  'use strict';
  var T = {
    zh: { title: '导入疗休养名单', back: '返回看板', intro: '每行一名参加者（团信息每行重复）。先试导入：逐行按记账规则检查，不写入任何数据；确认无误后再导入。每个团整体写入或整体不写入；同一文件重复导入不会重复写入。',
      sample: '示例文件（XLSX）', template: '模板（CSV）', check: '试导入（不写入）', commit: '确认导入', download: '下载检查结果（XLSX，拒绝行标红）',
      row: '行号', trip: '团号', id: '身份证号（脱敏）', name: '姓名', result: '结果', reason: '原因',
      rows: '行数', trips: '团数', wouldWrite: '可写入', written: '已写入', alreadyPresent: '此前已导入', refused: '拒绝', held: '随团未导入',
      checking: '正在检查……', importing: '正在导入……', dryDone: '试导入完成：未写入任何数据。', done: '导入完成。',
      WRITTEN: '已写入', WOULD_WRITE: '可写入', ALREADY_PRESENT: '已存在', REFUSED: '拒绝', HELD: '随团未导入', signIn: '请先在看板登录。' },
    en: { title: 'Import trip rosters', back: 'Back to dashboard', intro: 'One row per participant (trip columns repeated). Dry run first: every row is checked against the ledger rules and nothing is written; then confirm. Each trip is written whole or not at all; importing the same file again writes nothing.',
      sample: 'Sample file (XLSX)', template: 'Template (CSV)', check: 'Dry run (writes nothing)', commit: 'Import', download: 'Download the check (XLSX, refused rows red)',
      row: 'Row', trip: 'Trip', id: 'ID number (masked)', name: 'Name', result: 'Result', reason: 'Reason',
      rows: 'Rows', trips: 'Trips', wouldWrite: 'Would write', written: 'Written', alreadyPresent: 'Already present', refused: 'Refused', held: 'Held with trip',
      checking: 'Checking…', importing: 'Importing…', dryDone: 'Dry run finished: nothing was written.', done: 'Import finished.',
      WRITTEN: 'written', WOULD_WRITE: 'would write', ALREADY_PRESENT: 'already present', REFUSED: 'refused', HELD: 'held', signIn: 'Sign in on the dashboard first.' }
  };
  var report = null;
  var page = LedgerPage(T, function () { if (report) { show(report); } });
  var $ = page.$, t = page.t, esc = page.esc, auth = page.auth;

  function send(dryRun) {
    var file = $('file').files[0];
    if (!file) { return; }
    var form = new FormData();
    form.append('file', file);
    $('error').hidden = true;
    $('status').textContent = t(dryRun ? 'checking' : 'importing');
    $('check').disabled = true;
    $('commit').disabled = true;
    fetch('/api/v1/imports/trips?dryRun=' + dryRun, { method: 'POST', body: form,
      headers: { 'Authorization': auth, 'Accept': 'application/json' } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (r) {
      $('check').disabled = false;
      if (!r.ok) {
        $('status').textContent = '';
        $('error').textContent = (r.body.rule || '') + ': ' + (r.body.detail || '') + (r.body.row ? ' (' + t('row') + ' ' + r.body.row + ')' : '');
        $('error').hidden = false;
        return;
      }
      report = r.body;
      show(report);
      $('status').textContent = t(dryRun ? 'dryDone' : 'done');
      $('commit').disabled = !(dryRun && report.wouldWrite > 0);
    }).catch(function (e) {
      $('check').disabled = false;
      $('error').textContent = String(e);
      $('error').hidden = false;
    });
  }

  function show(r) {
    var keys = ['rows', 'trips', r.dryRun ? 'wouldWrite' : 'written', 'alreadyPresent', 'refused', 'held'];
    $('totals').innerHTML = keys.map(function (k) {
      return '<span data-total="' + k + '">' + esc(t(k)) + '：<strong>' + esc(r[k]) + '</strong></span>';
    }).join('');
    $('rows').innerHTML = r.outcomes.map(function (o) {
      var cls = o.status === 'REFUSED' ? 'refused' : o.status === 'HELD' ? 'held' : '';
      var reason = o.zh || o.en ? (page.lang() === 'zh' ? (o.zh || '') + (o.column ? '（' + o.column + '）' : '') : (o.en || '') + (o.column ? ' (' + o.column + ')' : '')) : '';
      return '<tr class="' + cls + '" data-status="' + o.status + '"><td>' + esc(o.rowNumber) + '</td><td>' + esc(o.tripId) +
        '</td><td>' + esc(o.maskedId) + '</td><td>' + esc(o.maskedName) + '</td><td>' + esc(t(o.status)) +
        (o.rule ? ' <code>' + esc(o.rule) + '</code>' : '') + '</td><td>' + esc(reason) + '</td></tr>';
    }).join('');
    $('result').hidden = false;
  }

  function download(e) {
    e.preventDefault();
    if (!report) { return; }
    fetch(report.xlsx, { headers: { 'Authorization': auth } }).then(function (r) { return r.blob(); }).then(function (b) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(b);
      a.download = 'import-report.xlsx';
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    page.texts();
    if (!auth) {
      $('error').textContent = t('signIn');
      $('error').hidden = false;
      return;
    }
    $('file').addEventListener('change', function () { report = null; $('check').disabled = !$('file').files.length; $('commit').disabled = true; });
    $('check').addEventListener('click', function () { send(true); });
    $('commit').addEventListener('click', function () { send(false); });
    $('xlsx').addEventListener('click', download);
    page.toggle();
  });
})();
