/*
 * Relief view (docs/relief.md): persons reached and amounts by group and by region of a body's subtree for a year,
 * from GET /api/v1/relief/bodies/{body}/figures, one section per programme kind (送温暖/帮扶, 健康筛查, 特病补贴). Uses the dashboard's sign-in of this tab; Chinese first, English
 * with the toggle; group and region names rather than codes; amounts of 10,000 yuan and more in 万元.
 */
import { LedgerPage } from './page.js';

(function () {
  'use strict';
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
  var figures = null;
  var page = LedgerPage(T, function () { if (figures) { show(figures); } });
  var $ = page.$, t = page.t, esc = page.esc, auth = page.auth;
  function money(yuan) {
    if (yuan === null || yuan === undefined) { return '—'; }
    var n = Number(yuan);
    return n >= 10000 ? (n / 10000).toFixed(2) + ' ' + t('wan') : n.toFixed(2) + ' ' + t('yuan');
  }
  function pct(rate) { return rate === null || rate === undefined ? '—' : (Number(rate) * 100).toFixed(2) + '%'; }
  function cells(values) { return '<tr>' + values.map(function (v) { return '<td>' + esc(v) + '</td>'; }).join('') + '</tr>'; }

  function head(keys) { return '<tr>' + keys.map(function (k) { return '<th>' + esc(t(k)) + '</th>'; }).join('') + '</tr>'; }
  function line(f) {
    return t('budget') + ' ' + money(f.budget) + ' · ' + t('paid') + ' ' + money(f.paid) + ' · ' + t('executionRate')
      + ' ' + pct(f.executionRate) + ' · ' + t('persons') + ' ' + f.persons + ' · ' + t('payments') + ' ' + f.payments;
  }
  function table(id, keys, rows, total) {
    return '<table class="import-table" data-testid="' + id + '"><thead>' + head(keys) + '</thead><tbody>'
      + rows.map(cells).join('') + cells(total) + '</tbody></table>';
  }

  /* One card per programme kind: a screening and a subsidy are two sections, never one mixed table. */
  function section(f) {
    var groups = f.byGroup.map(function (g) {
      return [page.lang() === 'zh' ? g.nameZh : g.nameEn, g.persons, g.payments, money(g.amount), money(g.perCapita),
        g.eligible === null ? '—' : g.eligible, pct(g.coverage)];
    });
    var regions = f.byRegion.map(function (r) { return [r.name, r.persons, r.payments, money(r.amount), money(r.perCapita)]; });
    return '<section class="card" data-testid="relief-section" data-kind="' + esc(f.kind) + '"><h2>' + esc(page.lang() === 'zh' ? f.kindZh : f.kindEn)
      + '</h2><p data-testid="relief-section-totals">' + esc(line(f)) + '</p>'
      + '<h3>' + esc(t('byGroup')) + '</h3>'
      + table('relief-by-group', ['group', 'persons', 'payments', 'amount', 'perCapita', 'eligible', 'coverage'], groups,
        [t('total'), f.persons, f.payments, money(f.paid), money(f.perCapita), f.eligible === null ? '—' : f.eligible,
          pct(f.coverage)])
      + '<h3>' + esc(t('byRegion')) + '</h3>'
      + table('relief-by-region', ['region', 'persons', 'payments', 'amount', 'perCapita'], regions,
        [t('total'), f.persons, f.payments, money(f.paid), money(f.perCapita)]) + '</section>';
  }

  function show(f) {
    $('totals').innerHTML = esc(f.bodyName) + ' · ' + f.year + ' — ' + esc(line(f));
    $('sections').innerHTML = f.byKind.map(section).join('');
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

  page.toggle();
  $('show').addEventListener('click', load);
  page.texts();
  load();
}());
