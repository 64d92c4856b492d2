/*
 * Relief view (docs/relief.md): persons reached and amounts by group and by region of a body's subtree for a year,
 * from GET /api/v1/relief/bodies/{body}/figures. Uses the dashboard's sign-in of this tab; Chinese first, English
 * with the toggle; group and region names rather than codes; amounts of 10,000 yuan and more in 万元.
 */
(function () {
  'use strict';
  var AUTH_KEY = 'ledger.dashboard.auth';
  var LANG_KEY = 'ledger.dashboard.lang';
  var T = {
    zh: { title: '帮扶慰问（送温暖、筛查、特病补贴）', back: '返回看板', body: '工会组织代码', year: '年度', show: '查询',
      byGroup: '按慰问群体', byRegion: '按地区', group: '慰问群体', region: '地区', persons: '慰问人数', payments: '人次',
      amount: '金额', perCapita: '人均', eligible: '在册人数', coverage: '覆盖率', total: '合计', budget: '预算',
      paid: '已发放', executionRate: '执行率', signIn: '请先在看板登录。', wan: '万元', yuan: '元' },
    en: { title: 'Relief (winter relief, screening, special-illness subsidies)', back: 'Back to dashboard',
      body: 'Union body code', year: 'Year', show: 'Show', byGroup: 'By group', byRegion: 'By region', group: 'Group',
      region: 'Region', persons: 'Persons reached', payments: 'Payments', amount: 'Amount', perCapita: 'Per capita',
      eligible: 'On register', coverage: 'Coverage', total: 'Total', budget: 'Budget', paid: 'Paid',
      executionRate: 'Execution rate', signIn: 'Sign in on the dashboard first.', wan: '10k yuan', yuan: 'yuan' }
  };
  var lang = (function () { try { return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'; } catch (e) { return 'zh'; } })();
  var auth = (function () { try { return sessionStorage.getItem(AUTH_KEY); } catch (e) { return null; } })();
  var figures = null;
  function $(id) { return document.getElementById(id); }
  function t(k) { return T[lang][k] || k; }
  function esc(s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  function money(yuan) {
    if (yuan === null || yuan === undefined) { return '—'; }
    var n = Number(yuan);
    return n >= 10000 ? (n / 10000).toFixed(2) + ' ' + t('wan') : n.toFixed(2) + ' ' + t('yuan');
  }
  function pct(rate) { return rate === null || rate === undefined ? '—' : (Number(rate) * 100).toFixed(2) + '%'; }
  function cells(values) { return '<tr>' + values.map(function (v) { return '<td>' + esc(v) + '</td>'; }).join('') + '</tr>'; }

  function show(f) {
    $('totals').innerHTML = esc(f.bodyName) + ' · ' + f.year + ' — ' + t('budget') + ' ' + esc(money(f.budget)) + ' · '
      + t('paid') + ' ' + esc(money(f.paid)) + ' · ' + t('executionRate') + ' ' + esc(pct(f.executionRate)) + ' · '
      + t('persons') + ' ' + f.persons + ' · ' + t('payments') + ' ' + f.payments;
    $('groups').innerHTML = f.byGroup.map(function (g) {
      return cells([lang === 'zh' ? g.nameZh : g.nameEn, g.persons, g.payments, money(g.amount), money(g.perCapita),
        g.eligible === null ? '—' : g.eligible, pct(g.coverage)]);
    }).join('') + cells([t('total'), f.persons, f.payments, money(f.paid), money(f.perCapita), '', '']);
    $('regions').innerHTML = f.byRegion.map(function (r) {
      return cells([r.name, r.persons, r.payments, money(r.amount), money(r.perCapita)]);
    }).join('') + cells([t('total'), f.persons, f.payments, money(f.paid), money(f.perCapita)]);
  }

  function load() {
    $('error').hidden = true;
    if (!auth) { $('error').textContent = t('signIn'); $('error').hidden = false; return; }
    fetch('/api/v1/relief/bodies/' + encodeURIComponent($('body').value.trim()) + '/figures?year='
      + encodeURIComponent($('year').value.trim()), { headers: { 'Authorization': auth, 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (r) {
        if (!r.ok) { $('error').textContent = (r.body.rule || '') + ': ' + (r.body.detail || ''); $('error').hidden = false; return; }
        figures = r.body;
        show(figures);
      });
  }

  function texts() {
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = t(el.getAttribute('data-t')); });
    $('lang').textContent = lang === 'zh' ? 'EN' : '中文';
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (figures) { show(figures); }
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode */ }
    texts();
  });
  $('show').addEventListener('click', load);
  texts();
  load();
}());
