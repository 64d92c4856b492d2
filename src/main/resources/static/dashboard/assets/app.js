/*
 * Welfare fund dashboard (工会福利资金看板): plain JavaScript, no build step.
 *
 * Every figure comes from the query API (/api/v1/...) called with the signed-in user's own credentials, so the API's
 * scope rules apply unchanged; every number is a link to the URL that produced it. Credentials live in
 * sessionStorage (this tab only) and are sent as an Authorization header. /dashboard/api/live streams a "version"
 * event whenever the read models move; the page then asks the API again (polling /dashboard/api/version every
 * 3 seconds when the stream is not available).
 */
(function () {
  'use strict';

  var AUTH_KEY = 'ledger.dashboard.auth';
  var LANG_KEY = 'ledger.dashboard.lang';
  var PAGE_SIZE = 50;
  var NEXT_LEVEL = { PROVINCE: 'CITY', CITY: 'COUNTY', COUNTY: 'TOWNSHIP', TOWNSHIP: 'GRASSROOTS' };
  var COLORS = ['#b3121f', '#e0803a', '#2f6db5', '#3a9b6b', '#8e5bb5', '#c9a227', '#5b6b7f', '#d4577a'];

  var state = {
    auth: null, me: null, lang: readLang(),
    charts: [], exports: {}, bodies: {}, names: {},
    loadSeq: 0, rendering: false, refreshTimer: null, lastRefresh: 0,
    version: null, live: 'off', liveAbort: null, pollTimer: null, liveFailures: 0,
    verify: null, verifying: false
  };

  function $(id) { return document.getElementById(id); }

  function readLang() {
    try { return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'; } catch (e) { return 'zh'; }
  }

  // ------------------------------------------------------------------ texts and formats

  function t(key) {
    var dict = window.I18N[state.lang] || window.I18N.zh;
    var s = dict[key];
    if (s === undefined) { s = window.I18N.zh[key]; }
    if (s === undefined) { s = key; }
    var args = arguments;
    return s.replace(/\{(\d+)\}/g, function (m, i) { // one pass: inserted values are never searched again
      var n = parseInt(i, 10) + 1;
      return n < args.length ? String(args[n]) : m;
    });
  }

  function esc(v) {
    return String(v === null || v === undefined ? '' : v).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function group(digits) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  /** "2546000.00" -> "¥2,546,000.00" (from the string: no floating point). */
  function yuan(s) {
    if (s === null || s === undefined || s === '') { return t('none'); }
    var str = String(s);
    var neg = str.charAt(0) === '-';
    var parts = str.replace(/^-/, '').split('.');
    return (neg ? '-' : '') + '¥' + group(parts[0]) + (parts.length > 1 ? '.' + parts[1] : '');
  }

  function count(n) { return n === null || n === undefined ? t('none') : group(String(n)); }

  /** "0.9496" -> "94.96%" */
  function pct(s) {
    if (s === null || s === undefined) { return t('none'); }
    return (Math.round(Number(s) * 10000) / 100).toFixed(2) + '%';
  }

  function times(s) { return s === null || s === undefined ? t('none') : Number(s).toFixed(2) + '×'; }

  function num(s) { return s === null || s === undefined ? 0 : Number(s); }

  function url(path, params) {
    var u = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && v !== '') { u.append(k, v); }
    });
    var s = u.toString();
    return s ? path + '?' + s : path;
  }

  /** A number linked to the query that produced it. */
  function q(apiUrl, text, raw, label) {
    return '<a class="q" href="' + esc(apiUrl) + '" data-api="' + esc(apiUrl) + '" data-raw="' +
      esc(raw === null || raw === undefined ? '' : raw) + '" data-label="' + esc(label || '') + '">' + esc(text) + '</a>';
  }

  function categoryName(key) { var s = t('category' + key); return s === 'category' + key ? key : s; }

  function now() { return new Date().toLocaleTimeString(state.lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }); }

  // ------------------------------------------------------------------ API

  function ApiError(status, problem, path) {
    this.status = status;
    this.problem = problem;
    this.path = path;
    this.message = (problem && (problem.detail || problem.title)) || ('HTTP ' + status);
  }

  function api(path, options) {
    options = options || {};
    var headers = { 'Accept': options.accept || 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (options.contentType) { headers['Content-Type'] = options.contentType; }
    if (state.auth) { headers['Authorization'] = state.auth; }
    return fetch(path, { method: options.method || 'GET', headers: headers, body: options.body, cache: 'no-store' })
      .catch(function (e) { throw new ApiError(0, { detail: String(e) }, path); })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (text) {
            var problem = null;
            try { problem = text ? JSON.parse(text) : null; } catch (e) { problem = { detail: text }; }
            if (response.status === 401 && !options.login) { signOut(t('sessionExpired')); }
            throw new ApiError(response.status, problem, path);
          });
        }
        if (options.response) { return response; }
        return response.text().then(function (text) {
          if (options.accept && options.accept !== 'application/json') { return text; }
          return text ? JSON.parse(text) : null;
        });
      });
  }

  /** A body's directory entry (cached for the session: names and places do not change). */
  function body(id) {
    if (!state.bodies[id]) {
      state.bodies[id] = api('/api/v1/bodies/' + encodeURIComponent(id)).catch(function (e) {
        delete state.bodies[id];
        throw e;
      });
    }
    return state.bodies[id];
  }

  /** Names of every body of a region's subtree, by id (cached). */
  function names(region) {
    if (!state.names[region]) {
      state.names[region] = api(url('/dashboard/api/bodies', { region: region })).then(function (list) {
        var map = {};
        list.forEach(function (b) { map[b.bodyId] = b; });
        return map;
      }).catch(function (e) { delete state.names[region]; throw e; });
    }
    return state.names[region];
  }

  function nameOf(map, id) { return map[id] ? map[id].name : id; }

  // ------------------------------------------------------------------ routing

  var PAGES = {
    overview: renderOverview, regions: renderRegions, coverage: renderCoverage, budget: renderBudget,
    matching: renderMatching, audit: renderAudit, processors: renderProcessors
  };
  // pages kept in files of their own (reports.js, …): { nav: i18n key, allowed(me), keep: year/region kept, render }
  var EXTRA = window.LedgerPages || {};
  Object.keys(EXTRA).forEach(function (k) {
    PAGES[k] = function (ctx, refresh) { return EXTRA[k].render(ctx, refresh); };
  });

  function pagesFor(me) {
    var pages = [];
    if (me.readsBusinessData) { pages.push('overview', 'regions', 'coverage', 'budget', 'matching', 'audit'); }
    Object.keys(EXTRA).forEach(function (k) { if (EXTRA[k].allowed(me)) { pages.push(k); } });
    if (me.role === 'AUDITOR' || me.role === 'ADMIN' || me.role === 'SYSTEM') { pages.push('processors'); }
    return pages;
  }

  function defaultPage() { return pagesFor(state.me)[0] || 'processors'; }

  function route() {
    var h = location.hash.replace(/^#\/?/, '');
    var i = h.indexOf('?');
    var page = i < 0 ? h : h.substring(0, i);
    var params = {};
    new URLSearchParams(i < 0 ? '' : h.substring(i + 1)).forEach(function (v, k) { params[k] = v; });
    if (!PAGES[page] || pagesFor(state.me).indexOf(page) < 0) { page = defaultPage(); }
    return { page: page, params: params };
  }

  function link(page, params) {
    var s = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) {
      if (params[k] !== null && params[k] !== undefined && params[k] !== '') { s.append(k, params[k]); }
    });
    var qs = s.toString();
    return '#/' + page + (qs ? '?' + qs : '');
  }

  function home() { return state.me.homes[0]; }

  function context(params) {
    var year = parseInt(params.year, 10);
    return {
      params: params,
      year: isNaN(year) ? state.me.defaultYear : year,
      region: params.region || (home() ? home().bodyId : null)
    };
  }

  function setParam(name, value) {
    var r = route();
    var params = Object.assign({}, r.params);
    params[name] = value;
    if (name === 'region' || name === 'year') { delete params.after; }
    location.hash = link(r.page, params);
  }

  function navLinks(active, ctx) {
    var keep = { year: ctx.year, region: ctx.region };
    var keys = { overview: 'navOverview', regions: 'navRegions', coverage: 'navCoverage', budget: 'navBudget',
      matching: 'navMatching', audit: 'navAudit', processors: 'navProcessors' };
    $('nav').innerHTML = pagesFor(state.me).map(function (p) {
      var params = p === 'audit' || p === 'processors' || (EXTRA[p] && !EXTRA[p].keep) ? {} : keep;
      return '<a href="' + link(p, params) + '" data-page="' + p + '"' + (p === active ? ' class="active"' : '') + '>' +
        esc(t(keys[p] || EXTRA[p].nav)) + '</a>';
    }).join('');
  }

  // ------------------------------------------------------------------ rendering

  function render(refresh) {
    if (!state.me) { return Promise.resolve(); }
    var seq = ++state.loadSeq;
    var r = route();
    var ctx = context(r.params);
    navLinks(r.page, ctx);
    if (!refresh) {
      disposeCharts();
      $('view').innerHTML = '<p class="muted">' + esc(t('loading')) + '</p>';
    }
    state.rendering = true;
    var before = refresh ? kpiValues() : null;
    return PAGES[r.page](ctx, refresh).then(function (out) {
      if (seq !== state.loadSeq) { return; }
      var scroll = window.scrollY;
      disposeCharts();
      state.exports = out.exports || {};
      $('view').innerHTML = out.html;
      $('view').setAttribute('data-page', r.page);
      $('view').setAttribute('data-rendered', String(Date.now()));
      if (out.after) { out.after(); }
      if (refresh) {
        window.scrollTo(0, scroll);
        markChanged(before);
        var stamp = document.querySelector('.stamp');
        if (stamp) { stamp.classList.add('flash'); }
      }
    }).catch(function (e) {
      if (seq !== state.loadSeq) { return; }
      disposeCharts();
      $('view').innerHTML = errorHtml(e);
      $('view').setAttribute('data-page', r.page);
      $('view').setAttribute('data-rendered', String(Date.now()));
    }).then(function () {
      if (seq === state.loadSeq) { state.rendering = false; }
    });
  }

  function kpiValues() {
    var values = {};
    document.querySelectorAll('[data-kpi] .value a.q').forEach(function (a) {
      values[a.closest('[data-kpi]').getAttribute('data-kpi')] = a.getAttribute('data-raw');
    });
    return values;
  }

  function markChanged(before) {
    document.querySelectorAll('[data-kpi]').forEach(function (el) {
      var a = el.querySelector('.value a.q');
      var key = el.getAttribute('data-kpi');
      if (a && before && key in before && before[key] !== a.getAttribute('data-raw')) { el.classList.add('changed'); }
    });
  }

  /** A refusal in the UI language (refusals.js); the API's own text one click away. */
  function errorHtml(e) {
    var said = window.LedgerRefusals && window.LedgerRefusals.message(e && e.problem);
    var original = said && e.problem.detail ? '<details class="raw"><summary>' + esc(t('apiText')) + '</summary>' +
      esc(e.problem.detail) + '</details>' : '';
    if (e && e.status === 403) {
      var rule = (e.problem && (e.problem.rule || e.problem.title)) || 'forbidden';
      return '<div class="refusal" data-testid="refusal" data-status="403" data-rule="' + esc(rule) + '"><strong>' +
        esc(t('refused')) + '</strong><span data-testid="refusal-message">' + esc(said ? t('refusedSaid', '403', said)
          : t('refusedDetail', '403 ' + rule, (e.problem && e.problem.detail) || '')) + '</span>' + original +
        '<br><code>GET ' + esc(e.path) + '</code></div>';
    }
    var title = e && e.status === 404 ? t('notFound') : t('failed');
    return '<div class="refusal" data-testid="error" data-status="' + esc(e && e.status) + '" data-rule="' +
      esc(e && e.problem && e.problem.rule) + '"><strong>' + esc(title) + '</strong><span data-testid="refusal-message">' +
      esc(said || (e && e.message)) + '</span>' +
      original + (e && e.path ? '<br><code>' + esc(e.path) + '</code>' : '') + '</div>';
  }

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    var c = window.echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(Object.assign({ animation: false, color: COLORS, textStyle: { fontFamily: 'inherit' } }, option));
    state.charts.push(c);
    return c;
  }

  /** The trips behind a figure: the browse page's trip list, filtered (lists.js). */
  function tripsLink(ctx, filters) {
    return link('browse', Object.assign({ list: 'trips', year: ctx.year, region: ctx.region }, filters));
  }

  function monthRange(key) { // "2025-05" -> 2025-05-01 … 2025-05-31
    var p = key.split('-');
    var last = new Date(Number(p[0]), Number(p[1]), 0).getDate();
    return { from: key + '-01', to: key + '-' + (last < 10 ? '0' + last : last) };
  }

  function disposeCharts() {
    state.charts.forEach(function (c) { c.dispose(); });
    state.charts = [];
  }

  function tooltipYuan(value) { return yuan(Number(value).toFixed(2)); }

  /** Money axes of charts in 万元 (10,000 yuan), as Chinese reports show large amounts; tooltips keep exact yuan. */
  function wanAxis(v) {
    return v === 0 ? '0' : (Number(v) / 10000).toLocaleString(state.lang === 'en' ? 'en-GB' : 'zh-CN',
      { maximumFractionDigits: 2 }) + t('wanUnit');
  }

  function exportButtons(id) {
    return '<span class="row"><button type="button" class="secondary" data-export="' + id + '" data-format="csv" ' +
      'data-testid="export-csv-' + id + '">' + esc(t('exportCsv')) + '</button><button type="button" class="secondary" ' +
      'data-export="' + id + '" data-format="xlsx" data-testid="export-xlsx-' + id + '">' + esc(t('exportXlsx')) +
      '</button></span>';
  }

  function tableCard(id, title, headers, rowsHtml, extra) {
    return '<section class="card table-card" data-table="' + id + '"><div class="table-head"><h2>' + esc(title) +
      '</h2>' + exportButtons(id) + '</div>' + (extra || '') + '<table><thead><tr>' + headers.map(function (h) {
        return '<th' + (h.num ? ' class="num"' : '') + '>' + esc(h.label) + '</th>';
      }).join('') + '</tr></thead><tbody>' + rowsHtml + '</tbody></table></section>';
  }

  function td(html, numeric, cls) {
    return '<td' + (numeric || cls ? ' class="' + (numeric ? 'num' : '') + (cls ? ' ' + cls : '') + '"' : '') + '>' + html +
      '</td>';
  }

  /** The budget columns after budget and spent, in the lines and in the 合计 row. */
  var BUDGET_TAIL = [[pct, 'executionRate'], [yuan, 'available'], [yuan, 'established'], [yuan, 'received'],
    [yuan, 'matched'], [yuan, 'allocatedDown']];

  /** Numeric cells, each linked to its query: one per [format, field, label key (default: the field)]. */
  function figureCells(apiUrl, figures, specs) {
    return specs.map(function (s) {
      var raw = figures[s[1]];
      return td(q(apiUrl, s[0](raw), raw, t(s[2] || s[1])), true);
    }).join('');
  }

  /** Title, breadcrumbs down from the user's scope, year and scope selectors. */
  function pageHead(ctx, entry, page, titleKey) {
    var ancestors = (entry.ancestors || []).concat([entry.bodyId]);
    var homes = state.me.homes.map(function (h) { return h.bodyId; });
    var start = ancestors.length - 1;
    for (var i = 0; i < ancestors.length; i++) {
      if (homes.indexOf(ancestors[i]) >= 0) { start = i; break; }
    }
    var visible = ancestors.slice(start, ancestors.length - 1);
    return Promise.all(visible.map(function (id) {
      return body(id).catch(function () { return { bodyId: id, name: id }; });
    })).then(function (list) {
      var crumbs = list.map(function (b) {
        return '<a href="' + link(page, { year: ctx.year, region: b.bodyId }) + '" data-testid="crumb-' + esc(b.bodyId) +
          '">' + esc(b.name) + '</a><span class="sep">›</span>';
      }).join('') + '<span>' + esc(entry.name) + ' (' + esc(entry.bodyId) + ')</span>';
      var years = (state.me.years || []).slice();
      if (years.indexOf(ctx.year) < 0) { years.push(ctx.year); }
      years.sort(function (a, b) { return b - a; });
      var yearSelect = '<label>' + esc(t('year')) + ' <select data-param="year" data-testid="year">' + years.map(function (y) {
        return '<option value="' + y + '"' + (y === ctx.year ? ' selected' : '') + '>' + y + '</option>';
      }).join('') + '</select></label>';
      var homeSelect = '';
      if (state.me.homes.length > 1) {
        var current = ancestors[start];
        homeSelect = '<label>' + esc(t('home')) + ' <select data-param="region" data-testid="home">' +
          state.me.homes.map(function (h) {
            return '<option value="' + esc(h.bodyId) + '"' + (h.bodyId === current ? ' selected' : '') + '>' + esc(h.name) +
              '</option>';
          }).join('') + '</select></label>';
      }
      return '<div class="page-head"><div><div class="crumbs" data-testid="crumbs">' + crumbs + '</div><h1 data-testid="title">' +
        esc(t(titleKey, entry.name, ctx.year)) + '</h1></div><div class="toolbar">' + homeSelect + yearSelect +
        '<span class="stamp" data-testid="stamp">' + esc(t('updated', now())) + '</span></div></div>';
    });
  }

  // ------------------------------------------------------------------ overview

  function kpi(key, label, valueHtml, subHtml) {
    return '<div class="kpi" data-kpi="' + key + '" data-testid="kpi-' + key + '"><div class="label">' + esc(label) +
      '</div><div class="value">' + valueHtml + '</div><div class="sub">' + (subHtml || '&nbsp;') + '</div></div>';
  }

  function renderOverview(ctx) {
    return body(ctx.region).then(function (entry) {
      var y = ctx.year;
      var r = ctx.region;
      var O = window.LedgerOverview; // period (year, month or range) and category filters, 同比 (overview-filters.js)
      var P = O.period(ctx);
      var U = {
        pc: url('/api/v1/statistics/per-capita', Object.assign({}, P, { region: r })),
        pcPrev: url('/api/v1/statistics/per-capita', Object.assign({}, O.period(ctx, -1), { region: r })),
        cov: url('/api/v1/statistics/coverage', Object.assign({}, P, { region: r })),
        bud: url('/api/v1/statistics/budgets', { year: y, region: r, size: 1 }),
        lev: entry.level === 'PROVINCE' ? url('/api/v1/statistics/leverage', { region: r, year: y }) : null,
        // by month: the whole year when one month is chosen (the API breaks down a year or a range, not a month);
        // by category: every category of the period (the API does not filter a breakdown by what it breaks down)
        months: url('/api/v1/statistics/breakdown', Object.assign({ by: 'month' }, ctx.params.month
          ? { year: y, category: P.category } : P, { region: r, size: 12 })),
        cats: url('/api/v1/statistics/breakdown', Object.assign({ by: 'category' }, P, { category: null, region: r }))
      };
      var drill = ctx.params.month ? monthRange(y + '-' + ctx.params.month) : { from: ctx.params.from, to: ctx.params.to };
      drill.category = ctx.params.category;
      return Promise.all([api(U.pc), api(U.cov), api(U.bud), U.lev ? api(U.lev) : null, api(U.months), api(U.cats),
        pageHead(ctx, entry, 'overview', 'overviewTitle'), api(U.pcPrev).catch(function () { return null; })]).then(function (d) {
        var pc = d[0], cov = d[1], bud = d[2], lev = d[3], months = d[4], cats = d[5], prev = d[7];
        var kit = window.ledgerDashboard.kit;
        var k = [];
        k.push(kpi('spend', t('spend'), q(U.pc, yuan(pc.spend), pc.spend, t('spend')),
          esc(t('trips')) + ' ' + q(U.cov, count(cov.trips), cov.trips, t('trips')) + '<br>' +
          O.yoy(kit, pc.spend, prev && prev.spend)));
        k.push(kpi('personTimes', t('personTimes'), q(U.pc, count(pc.personTimes), pc.personTimes, t('personTimes')),
          esc(t('participantDays')) + ' ' + q(U.pc, count(pc.participantDays), pc.participantDays, t('participantDays')) +
          '<br>' + O.yoy(kit, pc.personTimes, prev && prev.personTimes)));
        k.push(kpi('distinctWorkers', t('distinctWorkers'), q(U.pc, count(pc.distinctWorkers), pc.distinctWorkers,
          t('distinctWorkers'))));
        k.push(kpi('perPersonTime', t('perPersonTime'), q(U.pc, yuan(pc.perPersonTime), pc.perPersonTime, t('perPersonTime')),
          esc(t('perDistinctWorker')) + ' ' + q(U.pc, yuan(pc.perDistinctWorker), pc.perDistinctWorker, t('perDistinctWorker')) +
          '<br>' + esc(t('perParticipantDay')) + ' ' + q(U.pc, yuan(pc.perParticipantDay), pc.perParticipantDay,
            t('perParticipantDay'))));
        k.push(kpi('coverageRate', t('coverage'), q(U.cov, pct(cov.coverageRate), cov.coverageRate, t('coverage')),
          cov.coverageRate === null ? esc(t('coverageNone')) : esc(t('eligibleWorkers')) + ' ' +
            q(U.cov, count(cov.eligibleWorkers), cov.eligibleWorkers, t('eligibleWorkers'))));
        k.push(kpi('planCompletion', t('planCompletion'), q(U.cov, pct(cov.planCompletion), cov.planCompletion,
          t('planCompletion')), esc(t('plannedHeadcount')) + ' ' + q(U.cov, count(cov.plannedHeadcount),
          cov.plannedHeadcount, t('plannedHeadcount'))));
        k.push(kpi('newFormShare', t('newFormShare'), q(U.cov, pct(cov.newFormShare), cov.newFormShare, t('newFormShare')),
          esc(t('newFormWorkers')) + ' ' + q(U.cov, count(cov.newFormWorkers), cov.newFormWorkers, t('newFormWorkers'))));
        k.push(kpi('nonPublicShare', t('nonPublicShare'), q(U.cov, pct(cov.nonPublicShare), cov.nonPublicShare,
          t('nonPublicShare')), esc(t('nonPublicWorkers')) + ' ' + q(U.cov, count(cov.nonPublicWorkers),
          cov.nonPublicWorkers, t('nonPublicWorkers'))));
        k.push(kpi('executionRate', t('executionRate'), q(U.bud, pct(bud.totals.executionRate), bud.totals.executionRate,
          t('executionRate')), t('budgetSub', q(U.bud, yuan(bud.totals.spent), bud.totals.spent, t('spent')),
          q(U.bud, yuan(bud.totals.budget), bud.totals.budget, t('budget')))));
        if (lev) {
          k.push(kpi('leverage', t('leverage'), q(U.lev, times(lev.leverage), lev.leverage, t('leverage')),
            t('leverageSub', q(U.lev, yuan(lev.countyLevelAndAboveFunds), lev.countyLevelAndAboveFunds, t('leverage')),
              q(U.lev, yuan(lev.provinceOwnFunds), lev.provinceOwnFunds, t('leverage')))));
        } else {
          k.push(kpi('leverage', t('leverage'), esc(t('none')), esc(t('leverageNa'))));
        }
        var html = d[6] + O.bar(kit, ctx) + '<p class="hint">' + esc(t('clickHint')) + '</p><div class="kpis">' + k.join('') + '</div>' +
          '<div class="grid2"><section class="card chart-card"><h2>' + esc(t('monthlyChart')) + ' <a class="q mono" href="' +
          esc(U.months) + '" data-api="' + esc(U.months) + '" data-label="' + esc(t('monthlyChart')) + '">API</a></h2>' +
          '<div id="chart-months" class="chart" data-testid="chart-months"></div><p class="drill" data-testid="drill-months">' +
          esc(t('monthTrips')) + months.items.filter(function (i) { return i.personTimes > 0; }).map(function (i) {
            return '<a href="' + tripsLink(ctx, Object.assign({}, monthRange(i.key), { category: ctx.params.category })) +
              '" data-testid="drill-month-' + esc(i.key) + '">' +
              esc(i.key) + '</a>';
          }).join('') + ' <a href="' + tripsLink(ctx, drill) + '" data-testid="drill-trips">' + esc(t('viewTrips')) +
          '</a></p></section>' +
          '<section class="card chart-card"><h2>' + esc(t('categoryChart')) + ' <a class="q mono" href="' + esc(U.cats) +
          '" data-api="' + esc(U.cats) + '" data-label="' + esc(t('categoryChart')) + '">API</a></h2>' +
          '<div id="chart-categories" class="chart" data-testid="chart-categories"></div></section></div>';
        return {
          html: html,
          after: function () {
            O.wire(kit, ctx);
            var monthly = chart('chart-months', {
              tooltip: { trigger: 'axis' },
              legend: { data: [t('personTimes'), t('spend')] },
              grid: { left: 60, right: 80, top: 40, bottom: 30 },
              xAxis: { type: 'category', data: months.items.map(function (i) { return i.key.substring(5); }) },
              yAxis: [{ type: 'value', name: t('personTimes') },
                { type: 'value', name: t('spendWan'), axisLabel: { formatter: wanAxis } }],
              series: [
                { name: t('personTimes'), type: 'bar', data: months.items.map(function (i) { return i.personTimes; }) },
                { name: t('spend'), type: 'line', yAxisIndex: 1, data: months.items.map(function (i) { return num(i.spend); }),
                  tooltip: { valueFormatter: tooltipYuan } }
              ]
            });
            if (monthly) { // a bar: the trips of that month
              monthly.on('click', function (e) {
                location.hash = tripsLink(ctx, Object.assign({}, monthRange(months.items[e.dataIndex].key),
                  { category: ctx.params.category }));
              });
            }
            var byCategory = chart('chart-categories', {
              tooltip: { trigger: 'item' },
              legend: { bottom: 0 },
              series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}\n{c}' },
                data: cats.items.filter(function (i) { return i.personTimes > 0; }).map(function (i) {
                  return { name: categoryName(i.key), value: i.personTimes, key: i.key };
                }) }]
            });
            if (byCategory) { // a slice: the trips with workers of that category
              byCategory.on('click', function (e) { location.hash = tripsLink(ctx, { category: e.data.key }); });
            }
          }
        };
      });
    });
  }

  // ------------------------------------------------------------------ regions (drill-down)

  function renderRegions(ctx) {
    return body(ctx.region).then(function (entry) {
      var U = url('/api/v1/statistics/breakdown', { by: 'region', year: ctx.year, region: ctx.region, size: 1000 });
      return Promise.all([api(U), pageHead(ctx, entry, 'regions', 'regionsTitle')]).then(function (d) {
        var items = d[0].items;
        var rows = items.map(function (i) {
          var own = i.key === ctx.region;
          var label = own ? t('ownProgrammes', entry.name) : i.label;
          var nameCell = own ? esc(label) : '<a href="' + link('regions', { year: ctx.year, region: i.key }) +
            '" data-testid="drill-' + esc(i.key) + '">' + esc(label) + '</a> <span class="muted mono">' + esc(i.key) + '</span>' +
            ' · <a class="muted" href="' + link('overview', { year: ctx.year, region: i.key }) + '">' + esc(t('overviewLink')) + '</a>' +
            ' · <a class="muted" href="' + tripsLink(ctx, { region: i.key }) + '" data-testid="trips-' + esc(i.key) + '">' +
            esc(t('viewTrips')) + '</a>';
          return '<tr data-key="' + esc(i.key) + '"' + (own ? ' class="own"' : '') + '>' + td(nameCell) +
            figureCells(U, i, [[count, 'personTimes'], [count, 'distinctWorkers'], [count, 'participantDays'],
              [yuan, 'spend'], [yuan, 'perPersonTime'], [count, 'eligibleWorkers'], [pct, 'coverageRate', 'coverage']]) +
            '</tr>';
        }).join('');
        var headers = [{ label: t('region') }, { label: t('personTimes'), num: true }, { label: t('distinctWorkers'), num: true },
          { label: t('participantDays'), num: true }, { label: t('spend'), num: true }, { label: t('perPersonTime'), num: true },
          { label: t('eligibleWorkers'), num: true }, { label: t('coverage'), num: true }];
        var sorted = items.filter(function (i) { return i.key !== ctx.region || i.personTimes > 0; }).slice()
          .sort(function (a, b) { return num(a.spend) - num(b.spend); });
        var html = d[1] + (items.length <= 1 ? '<p class="notice">' + esc(t('leaf')) + '</p>' : '') +
          tableCard('regions', t('regionsTitle', entry.name, ctx.year), headers, rows) +
          '<section class="card chart-card"><h2>' + esc(t('regionChart')) + '</h2><div id="chart-regions" class="chart" ' +
          'data-testid="chart-regions" style="height:' + Math.max(320, sorted.length * 26 + 60) + 'px"></div></section>';
        return {
          html: html,
          exports: { regions: { name: 'regions-' + ctx.region + '-' + ctx.year, sources: [U] } },
          after: function () {
            chart('chart-regions', {
              tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
              legend: { data: [t('spend'), t('personTimes')] },
              grid: { left: 140, right: 40, top: 70, bottom: 50 },
              yAxis: { type: 'category', data: sorted.map(function (i) { return i.key === ctx.region ? t('ownProgrammes', '') : i.label; }) },
              xAxis: [{ type: 'value', name: t('spendWan'), nameLocation: 'middle', nameGap: 28,
                axisLabel: { formatter: wanAxis } },
                { type: 'value', name: t('personTimes'), nameLocation: 'middle', nameGap: 24, position: 'top' }],
              series: [
                { name: t('spend'), type: 'bar', data: sorted.map(function (i) { return num(i.spend); }),
                  tooltip: { valueFormatter: tooltipYuan } },
                { name: t('personTimes'), type: 'bar', xAxisIndex: 1, data: sorted.map(function (i) { return i.personTimes; }) }
              ]
            });
          }
        };
      });
    });
  }

  // ------------------------------------------------------------------ coverage ranking

  function renderCoverage(ctx) {
    var depth = ctx.params.level === '2' ? 2 : 1;
    return body(ctx.region).then(function (entry) {
      var level1 = NEXT_LEVEL[entry.level];
      var level2 = level1 ? NEXT_LEVEL[level1] : null;
      var parents = depth === 1 ? Promise.resolve([ctx.region]) : Promise.resolve(entry.children || []);
      return parents.then(function (parentIds) {
        var sources = parentIds.map(function (p) {
          return url('/api/v1/statistics/breakdown', { by: 'region', year: ctx.year, region: p, size: 1000 });
        });
        return Promise.all([Promise.all(sources.map(function (s) { return api(s); })),
          pageHead(ctx, entry, 'coverage', 'coverageTitle')]).then(function (d) {
          var rows = [];
          d[0].forEach(function (breakdown, n) {
            breakdown.items.forEach(function (i) {
              if (i.key !== parentIds[n]) { rows.push(Object.assign({ src: sources[n] }, i)); }
            });
          });
          var hasCoverage = rows.some(function (r) { return r.coverageRate !== null; });
          rows.sort(function (a, b) {
            var ca = a.coverageRate === null ? -1 : num(a.coverageRate);
            var cb = b.coverageRate === null ? -1 : num(b.coverageRate);
            return cb - ca || b.distinctWorkers - a.distinctWorkers || (a.key < b.key ? -1 : 1);
          });
          var tabs = '<div class="tabs" data-testid="coverage-levels">' + [1, 2].filter(function (n) {
            return n === 1 ? level1 : level2;
          }).map(function (n) {
            var lvl = n === 1 ? level1 : level2;
            var label = t('level' + lvl) === 'level' + lvl ? t(n === 1 ? 'byLevel1' : 'byLevel2') : t('level' + lvl);
            return '<a href="' + link('coverage', { year: ctx.year, region: ctx.region, level: n }) + '"' +
              (n === depth ? ' class="active"' : '') + ' data-testid="level-' + n + '">' + esc(label) + '</a>';
          }).join('') + '</div>';
          var body0 = rows.map(function (r, n) {
            return '<tr data-key="' + esc(r.key) + '">' + td(String(n + 1), true) + td(esc(r.label) + ' <span class="muted mono">' +
              esc(r.key) + '</span>') +
              td(q(r.src, pct(r.coverageRate), r.coverageRate, t('coverage')), true) +
              td(q(r.src, count(r.distinctWorkers), r.distinctWorkers, t('distinctWorkers')), true) +
              td(q(r.src, count(r.eligibleWorkers), r.eligibleWorkers, t('eligibleWorkers')), true) +
              td(q(r.src, count(r.personTimes), r.personTimes, t('personTimes')), true) +
              td(q(r.src, yuan(r.spend), r.spend, t('spend')), true) +
              td(q(r.src, yuan(r.perPersonTime), r.perPersonTime, t('perPersonTime')), true) + '</tr>';
          }).join('');
          var headers = [{ label: t('rank'), num: true }, { label: t('region') }, { label: t('coverage'), num: true },
            { label: t('distinctWorkers'), num: true }, { label: t('eligibleWorkers'), num: true },
            { label: t('personTimes'), num: true }, { label: t('spend'), num: true }, { label: t('perPersonTime'), num: true }];
          var charted = rows.filter(function (r) { return hasCoverage ? r.coverageRate !== null : true; }).slice(0, 120);
          var html = d[1] + '<div class="row" style="margin-bottom:12px">' + tabs + '</div>' +
            (rows.length === 0 ? '<p class="notice">' + esc(t('noLowerRegions')) + '</p>' :
              (hasCoverage ? '' : '<p class="notice" data-testid="no-coverage">' + esc(t('noCoverageData')) + '</p>') +
              '<section class="card chart-card" style="margin-bottom:16px"><h2>' + esc(hasCoverage ? t('coverageChart') :
                t('workersChart')) + '</h2><div id="chart-coverage" class="chart" data-testid="chart-coverage" style="height:' +
              Math.max(320, charted.length * 20 + 60) + 'px"></div></section>' +
              tableCard('coverage', t('coverageTitle', entry.name, ctx.year), headers, body0));
          return {
            html: html,
            exports: { coverage: { name: 'coverage-' + ctx.region + '-' + ctx.year + '-level' + depth, sources: sources } },
            after: function () {
              var shown = charted.slice().reverse();
              chart('chart-coverage', {
                tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
                  valueFormatter: hasCoverage ? function (v) { return Number(v).toFixed(2) + '%'; } : undefined },
                grid: { left: 150, right: 60, top: 20, bottom: 30 },
                yAxis: { type: 'category', data: shown.map(function (r) { return r.label; }) },
                xAxis: { type: 'value', axisLabel: { formatter: hasCoverage ? '{value}%' : '{value}' } },
                series: [{ type: 'bar', data: shown.map(function (r) {
                  return hasCoverage ? Math.round(num(r.coverageRate) * 10000) / 100 : r.distinctWorkers;
                }), label: { show: true, position: 'right', formatter: hasCoverage ? '{c}%' : '{c}' } }]
              });
            }
          };
        });
      });
    });
  }

  // ------------------------------------------------------------------ budget

  function renderBudget(ctx) {
    return body(ctx.region).then(function (entry) {
      var U = url('/api/v1/statistics/budgets', { year: ctx.year, region: ctx.region, size: 1000 });
      var P = url('/dashboard/api/programmes', { region: ctx.region, year: ctx.year });
      return Promise.all([api(U), api(P), pageHead(ctx, entry, 'budget', 'budgetTitle'),
        window.LedgerFigures.earmarks(figuresHelpers(), ctx, entry)]).then(function (d) {
        var bud = d[0], refs = d[1], earmarks = d[3];
        var byBody = {};
        refs.forEach(function (p) { (byBody[p.body] = byBody[p.body] || []).push(p); });
        var bodyIds = Object.keys(byBody).sort();
        var ownUrls = bodyIds.map(function (b) {
          return url('/api/v1/statistics/budgets', { year: ctx.year, region: b, subtree: 'false', size: 1000 });
        });
        return Promise.all(ownUrls.map(function (u) { return api(u); })).then(function (owns) {
          var lineRows = bud.lines.map(function (l) {
            var f = l.figures;
            return '<tr data-fund="' + esc(l.fund) + '">' + td('<span title="' + esc(l.fund) + '">' +
              esc(l.fundName || l.fund) + '</span>') + td(esc(l.earmark || t('unrestricted'))) +
              figureCells(U, f, [[yuan, 'budget'], [yuan, 'spent']].concat(BUDGET_TAIL)) + '</tr>';
          }).join('');
          var T = bud.totals;
          lineRows += '<tr data-testid="budget-total"><td><strong>' + esc(t('total')) + '</strong></td><td></td>' +
            td('<strong>' + q(U, yuan(T.budget), T.budget, t('budget')) + '</strong>', true) +
            td('<strong>' + q(U, yuan(T.spent), T.spent, t('spent')) + '</strong>', true) +
            figureCells(U, T, BUDGET_TAIL) + '</tr>';
          var internal = bud.internalTransfers ? '<p class="hint">' + t('internalTransfers',
            q(U, yuan(bud.internalTransfers.sent), bud.internalTransfers.sent, t('internalTransfers')),
            q(U, yuan(bud.internalTransfers.received), bud.internalTransfers.received, t('internalTransfers')),
            esc(bud.internalTransfers.balanced ? t('balanced') : t('unbalanced'))) + '</p>' : '';
          var lineHeaders = [{ label: t('fund') }, { label: t('earmark') }, { label: t('budget'), num: true },
            { label: t('spent'), num: true }, { label: t('executionRate'), num: true }, { label: t('available'), num: true },
            { label: t('established'), num: true }, { label: t('received'), num: true }, { label: t('matched'), num: true },
            { label: t('allocatedDown'), num: true }];

          // programmes, each from its body's own budget (budgets?subtree=false), with that body's programme lines
          var programmes = [];
          var progRows = '';
          var csvRows = [['programme', 'name', 'body', 'bodyName', 'fund', 'earmark', 'budget', 'spent', 'remaining',
            'executionRate']];
          owns.forEach(function (own, n) {
            var b = bodyIds[n];
            var refsOfBody = byBody[b];
            own.programmes.forEach(function (p) {
              var ref = refsOfBody.filter(function (r) { return r.programme === p.programme; })[0];
              if (!ref) { return; }
              programmes.push({ p: p, ref: ref, src: ownUrls[n] });
              progRows += '<tr data-programme="' + esc(p.programme) + '">' + td('<strong class="mono">' + esc(p.programme) +
                '</strong><br><span class="muted">' + esc(ref.name || '') + '</span>') + td(esc(ref.bodyName)) + td('') +
                td(q(ownUrls[n], yuan(p.budget), p.budget, t('budget')), true) +
                td(q(ownUrls[n], yuan(p.spent), p.spent, t('spent')), true) +
                td(q(ownUrls[n], yuan(p.remaining), p.remaining, t('remaining')), true) +
                td(q(ownUrls[n], pct(p.executionRate), p.executionRate, t('executionRate')), true) + '</tr>';
              csvRows.push([p.programme, ref.name || '', b, ref.bodyName, '', '', p.budget, p.spent, p.remaining,
                p.executionRate || '']);
            });
            if (own.programmes.length > 0) {
              own.lines.filter(function (l) { return num(l.figures.toProgrammes) !== 0; }).forEach(function (l) {
                var f = l.figures;
                progRows += '<tr class="sub-row">' + td(esc(l.fund), false, 'mono') + td(esc(nameOrId(refsOfBody))) +
                  td(esc(l.earmark || t('unrestricted'))) +
                  td(q(ownUrls[n], yuan(f.toProgrammes), f.toProgrammes, t('budget')), true) +
                  td(q(ownUrls[n], yuan(f.spentProgrammes), f.spentProgrammes, t('spent')), true) +
                  td(q(ownUrls[n], yuan(f.programmeRemaining), f.programmeRemaining, t('remaining')), true) +
                  td(esc(pct(num(f.toProgrammes) === 0 ? null : String(num(f.spentProgrammes) / num(f.toProgrammes)))), true) +
                  '</tr>';
                csvRows.push(['', '', b, refsOfBody[0].bodyName, l.fund, l.earmark || '', f.toProgrammes,
                  f.spentProgrammes, f.programmeRemaining, '']);
              });
            }
          });
          var progHeaders = [{ label: t('programme') + ' / ' + t('fund') }, { label: t('body') }, { label: t('earmark') },
            { label: t('budget'), num: true }, { label: t('spent'), num: true }, { label: t('remaining'), num: true },
            { label: t('executionRate'), num: true }];
          var chartLines = bud.lines.slice().sort(function (a, b) { return num(b.figures.budget) - num(a.figures.budget); })
            .slice(0, 20).reverse();
          var html = d[2] + '<div class="grid2"><section class="card chart-card"><h2>' + esc(t('budgetChart')) + '</h2>' +
            '<div id="chart-lines" class="chart" data-testid="chart-lines" style="height:' + Math.max(320, chartLines.length * 28 + 60) +
            'px"></div></section><section class="card chart-card"><h2>' + esc(t('programmeChart')) + '</h2>' +
            (programmes.length ? '<div id="chart-programmes" class="chart" data-testid="chart-programmes" style="height:' +
              Math.max(320, programmes.length * 40 + 60) + 'px"></div>' : '<p class="muted">' + esc(t('noProgrammes')) + '</p>') +
            '</section></div>' +
            tableCard('lines', t('budgetLines'), lineHeaders, lineRows, internal) +
            tableCard('programmes', t('programmesTable'), progHeaders, progRows ||
              '<tr><td colspan="7" class="muted">' + esc(t('noProgrammes')) + '</td></tr>') + earmarks.html;
          return {
            html: html,
            exports: Object.assign({
              lines: { name: 'budget-lines-' + ctx.region + '-' + ctx.year, sources: [U] },
              programmes: { name: 'budget-programmes-' + ctx.region + '-' + ctx.year, rows: csvRows }
            }, earmarks.exports),
            after: function () {
              chart('chart-lines', barsOption(chartLines.map(function (l) { return (l.fundName || l.fund) + (l.earmark ? ' · ' + l.earmark : ''); }),
                chartLines.map(function (l) { return num(l.figures.budget); }),
                chartLines.map(function (l) { return num(l.figures.spent); })));
              var ps = programmes.slice().reverse();
              chart('chart-programmes', barsOption(ps.map(function (x) { return x.p.programme; }),
                ps.map(function (x) { return num(x.p.budget); }), ps.map(function (x) { return num(x.p.spent); })));
            }
          };
        });
      });
    });
  }

  function nameOrId(refs) { return refs && refs[0] ? refs[0].bodyName : ''; }

  function barsOption(labels, budget, spent) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipYuan },
      legend: { data: [t('budget'), t('spent')] },
      grid: { left: 190, right: 40, top: 40, bottom: 30 },
      yAxis: { type: 'category', data: labels, axisLabel: { width: 180, overflow: 'truncate' } },
      xAxis: { type: 'value', axisLabel: { formatter: wanAxis } },
      series: [{ name: t('budget'), type: 'bar', data: budget, itemStyle: { color: '#c9ced6' } },
        { name: t('spent'), type: 'bar', data: spent, itemStyle: { color: '#b3121f' } }]
    };
  }

  // ------------------------------------------------------------------ matching

  /** The helpers figures.js (region matching, earmark compliance) builds its sections with. */
  function figuresHelpers() {
    return { t: t, esc: esc, q: q, yuan: yuan, pct: pct, count: count, num: num, url: url, api: api, td: td,
      tableCard: tableCard, kpi: kpi, names: names, nameOf: nameOf };
  }

  /** The 6-digit ratio of the region matching API, or the older 4-decimal one. */
  function ratioOf(s) { return s.ratio !== undefined && s.ratio !== null ? s.ratio : s.matchingRatio; }

  function renderMatching(ctx) {
    return body(ctx.region).then(function (entry) {
      var S = url('/api/v1/statistics/matching', { year: ctx.year, region: ctx.region });
      var A = url('/api/v1/statistics/matching/allocations', { year: ctx.year, region: ctx.region, size: 1000 });
      return Promise.all([api(S), api(A), names(ctx.region).catch(function () { return {}; }),
        pageHead(ctx, entry, 'matching', 'matchingTitle'),
        window.LedgerFigures.regionMatching(figuresHelpers(), ctx, entry)]).then(function (d) {
        var s = d[0], items = d[1].items, nm = d[2], regional = d[4];
        var today = new Date().toISOString().substring(0, 10);
        var k = [
          kpi('allocations', t('allocations'), q(S, count(s.allocations), s.allocations, t('allocations')),
            esc(t('met')) + ' ' + q(S, count(s.met), s.met, t('met')) + ' · ' + esc(t('open')) + ' ' + q(S, count(s.open), s.open, t('open'))),
          kpi('shortfalls', t('shortfalls'), q(S, count(s.shortfalls), s.shortfalls, t('shortfalls')),
            esc(t('shortfall')) + ' ' + q(S, yuan(s.shortfall), s.shortfall, t('shortfall'))),
          kpi('required', t('required'), q(S, yuan(s.required), s.required, t('required')),
            esc(t('allocated')) + ' ' + q(S, yuan(s.allocated), s.allocated, t('allocated'))),
          kpi('committedByDeadline', t('committedByDeadline'), q(S, yuan(s.committedByDeadline), s.committedByDeadline,
            t('committedByDeadline')), esc(t('committedLate')) + ' ' + q(S, yuan(s.committedLate), s.committedLate, t('committedLate'))),
          kpi('matchingRatio', t('matchingRatio'), q(S, pct(ratioOf(s)), ratioOf(s), t('matchingRatio')),
            esc(t('outstanding')) + ' ' + q(S, yuan(s.outstanding), s.outstanding, t('outstanding')))
        ];
        var rows = items.map(function (a) {
          var cls = '';
          var status = a.outcome || a.status;
          var badge = '<span class="badge open">' + esc(t('statusOPEN')) + '</span>';
          if (status === 'SHORTFALL') {
            cls = 'shortfall';
            badge = '<span class="badge shortfall" data-testid="shortfall-badge">' + esc(t('statusSHORTFALL')) + '</span>';
          } else if (status === 'MET') {
            cls = 'met';
            badge = '<span class="badge ok">' + esc(t('statusMET')) + '</span>';
          } else if (a.deadline && a.deadline < today && num(a.outstanding) > 0) {
            cls = 'warn';
            badge = '<span class="badge warn">' + esc(t('overdue')) + '</span>';
          }
          if (num(a.committedLate) > 0) {
            if (!cls || cls === 'met') { cls = 'warn'; }
            badge += ' <span class="badge warn">' + esc(t('late')) + '</span>';
          }
          if (a.revisions > 0) { badge += ' <span class="badge warn" data-testid="revised">' + esc(t('revised')) + '</span>'; }
          return '<tr class="' + cls + '" data-allocation="' + esc(a.allocationId) + '" data-status="' + esc(status) + '">' +
            td(a.documentNumber ? esc(a.documentNumber) + (a.title ? '<div class="muted">' + esc(a.title) + '</div>' : '')
              : '<span class="mono">' + esc(a.allocationId) + '</span>') + td(esc(a.fromName || nameOf(nm, a.fromBodyId))) +
            td(esc(a.toName || nameOf(nm, a.toBodyId))) + td(esc(a.earmark || t('unrestricted'))) +
            td(q(A, yuan(a.allocated), a.allocated, t('allocated')), true) + td(esc((a.ratioBasisPoints / 100) + '%'), true) +
            td(q(A, yuan(a.required), a.required, t('required')), true) + td(esc(a.deadline || '')) +
            td(q(A, yuan(a.committedByDeadline), a.committedByDeadline, t('committedByDeadline')), true) +
            td(q(A, yuan(a.committedLate), a.committedLate, t('committedLate')), true) +
            td(q(A, pct(ratioOf(a)), ratioOf(a), t('matchingRatio')), true) +
            td(q(A, yuan(a.outstanding), a.outstanding, t('outstanding')), true) +
            td(q(A, yuan(a.shortfall), a.shortfall, t('shortfall')), true) + td(badge) + '</tr>';
        }).join('');
        var headers = [{ label: t('allocation') + ' / ' + t('documentNumber') }, { label: t('from') }, { label: t('to') }, { label: t('earmark') },
          { label: t('allocated'), num: true }, { label: t('ratio'), num: true }, { label: t('required'), num: true },
          { label: t('deadline') }, { label: t('committedByDeadline'), num: true }, { label: t('committedLate'), num: true },
          { label: t('matchingRatio'), num: true }, { label: t('outstanding'), num: true }, { label: t('shortfall'), num: true },
          { label: t('status') }];
        var byReceiver = {};
        items.forEach(function (a) {
          var r = byReceiver[a.toBodyId] = byReceiver[a.toBodyId] || { required: 0, onTime: 0, shortfall: 0 };
          r.required += num(a.required);
          r.onTime += num(a.committedByDeadline);
          r.shortfall += num(a.shortfall);
        });
        var receivers = Object.keys(byReceiver).sort(function (a, b) {
          return byReceiver[a].required - byReceiver[b].required;
        }).slice(-25);
        var html = d[3] + '<div class="kpis">' + k.join('') + '</div>' +
          (items.length ? '<section class="card chart-card" style="margin-bottom:16px"><h2>' + esc(t('matchingChart')) + '</h2>' +
            '<div id="chart-matching" class="chart" data-testid="chart-matching" style="height:' +
            Math.max(320, receivers.length * 26 + 60) + 'px"></div></section>' : '') + regional.html +
          tableCard('allocations', t('matchingTitle', entry.name, ctx.year), headers, rows ||
            '<tr><td colspan="14" class="muted">' + esc(t('none')) + '</td></tr>');
        return {
          html: html,
          exports: Object.assign({ allocations: { name: 'matching-' + ctx.region + '-' + ctx.year, sources: [A] } },
            regional.exports),
          after: function () {
            chart('chart-matching', {
              tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipYuan },
              legend: { data: [t('required'), t('committedByDeadline'), t('shortfall')] },
              grid: { left: 150, right: 40, top: 40, bottom: 30 },
              yAxis: { type: 'category', data: receivers.map(function (id) { return nameOf(nm, id); }) },
              xAxis: { type: 'value', axisLabel: { formatter: wanAxis } },
              series: [
                { name: t('required'), type: 'bar', data: receivers.map(function (id) { return byReceiver[id].required; }),
                  itemStyle: { color: '#c9ced6' } },
                { name: t('committedByDeadline'), type: 'bar', data: receivers.map(function (id) { return byReceiver[id].onTime; }),
                  itemStyle: { color: '#3a9b6b' } },
                { name: t('shortfall'), type: 'bar', data: receivers.map(function (id) { return byReceiver[id].shortfall; }),
                  itemStyle: { color: '#b3121f' } }
              ]
            });
          }
        };
      });
    });
  }

  // ------------------------------------------------------------------ audit: event log and verification

  function renderAudit(ctx, refresh) {
    var p = ctx.params;
    var subtreeOnly = state.me.role === 'CLERK' || state.me.role === 'PROVINCIAL_STAFF';
    // newest first on the server: a clerk's page holds the newest events of the clerk's subtree (docs/dashboard.md)
    var filter = { type: p.type, aggregate: p.aggregate, principal: p.principal,
      from: p.from ? new Date(p.from + 'T00:00:00+08:00').toISOString() : null,
      to: p.to ? new Date(new Date(p.to + 'T00:00:00+08:00').getTime() + 86400000).toISOString() : null,
      body: p.body || (subtreeOnly ? home().bodyId : null) };
    var E = '/api/v1/audit/events';
    var before = Math.max(0, parseInt(p.before, 10) || 0);
    var U = url(E, Object.assign({ before: before, limit: PAGE_SIZE }, filter));
    var nameMaps = Promise.all(state.me.homes.map(function (h) { // with the bodies above: allocations come from there
      return api(url('/dashboard/api/bodies', { region: h.bodyId, ancestors: true })).then(function (list) {
        var map = {};
        list.forEach(function (b) { map[b.bodyId] = b; });
        return map;
      }).catch(function () { return {}; });
    }));
    return Promise.all([api(U), nameMaps]).then(function (d) {
      var page = d[0];
      var nm = Object.assign.apply(null, [{}].concat(d[1]));
      var S = window.LedgerSentences;
      if (state.me.mayVerify && !refresh && !state.verifying) { runVerify(); }
      var rows = page.events.map(function (e) {
        var raw = JSON.stringify(e, null, 2);
        return '<tr data-gseq="' + e.gseq + '" data-type="' + esc(e.type) + '">' + td(q(U, String(e.gseq), e.gseq, t('gseq')), true) +
          td(esc(new Date(e.recordedAt).toLocaleString(state.lang === 'en' ? 'en-GB' : 'zh-CN',
            { hour12: false, timeZone: 'Asia/Shanghai' }))) +
          td('<span class="sentence" data-testid="sentence">' + S.sentence(e, function (id) { return nameOf(nm, id); }, esc, state.lang) +
            '</span>') +
          td('<strong>' + esc(S.typeLabel(e.type, state.lang)) + '</strong><br><span class="mono muted small">' + esc(e.type) + '</span>') +
          td(esc(e.principal || '') + ' <span class="muted">' + esc(e.role ? t('role' + e.role) : '') + '</span>') +
          td(e.body ? '<span title="' + esc(e.body) + '">' + esc(nameOf(nm, e.body)) + '</span>' : '') +
          td('<details class="raw" data-testid="raw"><summary>' + esc(t('rawEvent')) + '</summary><pre class="mono">' + esc(raw) +
            '</pre></details>') + '</tr>';
      }).join('');
      var headers = [{ label: t('gseq'), num: true }, { label: t('recordedAt') }, { label: t('eventSentence') }, { label: t('type') },
        { label: t('principal') }, { label: t('body') }, { label: t('rawEvent') }];
      var keep = { type: p.type, aggregate: p.aggregate, body: p.body, principal: p.principal, from: p.from, to: p.to };
      var pager = '<div class="pager">' +
        (page.more && page.events.length ? '<a class="button" data-testid="events-earlier" href="' +
          link('audit', Object.assign({ before: page.next }, keep)) + '">' + esc(t('earlier')) + '</a>' : '') +
        (before > 0 ? '<a class="button" href="' + link('audit', keep) + '">' + esc(t('latest')) + '</a>' : '') +
        '<span class="muted">' + esc(t('head')) + ' ' + count(page.head) + '</span></div>';
      function input(name, key, type, placeholder) {
        return '<label>' + esc(t(key)) + ' <input name="' + name + '" type="' + type + '" value="' + esc(p[name] || '') + '"' +
          (placeholder ? ' placeholder="' + esc(placeholder) + '"' : '') + '></label>';
      }
      var filters = '<form class="toolbar" data-testid="audit-filter" data-form="audit">' +
        input('type', 'filterType', 'text', 'FundsAllocated') + input('body', 'filterBody', 'text', '330105') +
        input('principal', 'filterPrincipal', 'text', '') + input('from', 'filterFrom', 'date', '') + input('to', 'filterTo', 'date', '') +
        input('aggregate', 'filterAggregate', 'text', '') +
        '<button class="secondary" type="submit">' + esc(t('apply')) + '</button></form>';
      var empty = page.events.length ? '' : '<p class="empty notice" data-testid="events-empty">' +
        esc(t(page.more ? 'eventsNoneHere' : 'eventsNone')) + '</p>';
      var html = '<div class="page-head"><div><h1 data-testid="title">' + esc(t('auditTitle')) + '</h1><p class="muted">' +
        esc(t('auditIntro')) + '</p></div><span class="stamp">' + esc(t('updated', now())) + '</span></div>' +
        (subtreeOnly ? '<p class="notice">' + esc(t('auditorsOnly')) + '</p>' : '') +
        '<div id="verify" data-testid="verify">' + verifyHtml() + '</div>' + filters + pager + empty +
        tableCard('events', t('auditTitle'), headers, rows) + pager;
      return { html: html, exports: { events: { name: 'events-' + (before || page.head), sources: [U] } } };
    });
  }

  function verifyHtml() {
    if (!state.me.mayVerify) { return '<div class="verify pending">' + esc(t('verifyNotAllowed')) + '</div>'; }
    var v = state.verify;
    var button = '<button type="button" class="secondary" data-action="verify" data-testid="verify-run">' +
      esc(t('verifyRun')) + '</button>';
    if (state.verifying || !v) {
      return '<div class="verify pending" data-status="running">' + esc(t('verifyRunning')) + '</div>';
    }
    if (v.error) {
      return '<div class="verify fail" data-status="error"><span>' + esc(v.error) + '</span>' + button + '</div>';
    }
    var r = v.result;
    var checkpoint = v.checkpoint ? '<br><span class="muted mono">' + esc(t('checkpoint', v.checkpoint.number, v.checkpoint.from,
      v.checkpoint.to, (v.checkpoint.hash || '').substring(0, 16))) + '</span>' : '';
    if (r.ok) {
      return '<div class="verify ok" data-status="ok"><span><strong>✓ ' + esc(t('verify')) + '</strong> ' +
        esc(t('verifyOk', count(r.verifiedTo), count(r.commits), r.millis)) + ' <span class="muted">' + esc(v.at) + '</span>' +
        checkpoint + '</span>' + button + '</div>';
    }
    var first = r.first ? r.first.kind + ' @' + r.first.position + ': ' + r.first.detail : '';
    return '<div class="verify fail" data-status="failed"><span><strong>✗ ' + esc(t('verify')) + '</strong> ' +
      esc(t('verifyFail', first)) + ' <span class="muted">' + esc(v.at) + '</span>' + checkpoint + '</span>' + button + '</div>';
  }

  function runVerify() {
    state.verifying = true;
    updateVerify();
    var verify = api('/api/v1/audit/verify?progress=false', { method: 'POST', accept: 'application/x-ndjson' })
      .then(function (text) {
        var result = null;
        text.split('\n').forEach(function (line) {
          if (line.trim()) {
            var o = JSON.parse(line);
            if (o.kind === 'result') { result = o; }
          }
        });
        if (!result) { throw new ApiError(500, { detail: 'no result line' }, '/api/v1/audit/verify'); }
        return result;
      });
    var checkpoint = api('/api/v1/audit/checkpoints/latest').catch(function () { return null; });
    Promise.all([verify, checkpoint]).then(function (d) {
      state.verify = { result: d[0], checkpoint: d[1], at: now() };
    }).catch(function (e) {
      state.verify = { error: e.message, at: now() };
    }).then(function () {
      state.verifying = false;
      updateVerify();
    });
  }

  function updateVerify() {
    var el = $('verify');
    if (el) { el.innerHTML = verifyHtml(); }
  }

  // ------------------------------------------------------------------ processors (auditor, admin)

  function renderProcessors() {
    var U = '/api/v1/admin/processors';
    return api(U).then(function (list) {
      var rows = list.map(function (s) {
        return '<tr>' + td('<span class="mono">' + esc(s.name) + '</span>') + td(esc(s.running ? t('yes') : t('no'))) +
          td(q(U, count(s.position), s.position, t('position')), true) + td(q(U, count(s.head), s.head, t('head')), true) +
          td(q(U, count(s.behind), s.behind, t('behind')), true) + td(esc(pct(s.progress)), true) + '</tr>';
      }).join('');
      var headers = [{ label: t('processor') }, { label: t('running') }, { label: t('position'), num: true },
        { label: t('head'), num: true }, { label: t('behind'), num: true }, { label: '%', num: true }];
      return {
        html: '<div class="page-head"><h1 data-testid="title">' + esc(t('processorsTitle')) + '</h1><span class="stamp">' +
          esc(t('updated', now())) + '</span></div>' + (state.me.readsBusinessData ? '' : '<p class="notice">' +
          esc(t('adminNotice')) + '</p>') + tableCard('processors', t('processorsTitle'), headers, rows),
        exports: { processors: { name: 'processors', rows: [['name', 'running', 'position', 'head', 'behind']].concat(
          list.map(function (s) { return [s.name, String(s.running), String(s.position), String(s.head), String(s.behind)]; })) } }
      };
    });
  }

  // ------------------------------------------------------------------ query inspector

  function openInspector(apiUrl, label) {
    $('inspector').hidden = false;
    $('inspector-title').textContent = label || 'API';
    $('inspector-url').textContent = 'GET ' + location.origin + apiUrl;
    $('inspector-open').href = apiUrl;
    $('inspector-csv').setAttribute('data-api', apiUrl);
    $('inspector-csv').hidden = apiUrl.indexOf('/api/v1/statistics/') !== 0 && apiUrl.indexOf('/api/v1/audit/events') !== 0;
    $('inspector-body').textContent = t('loading');
    api(apiUrl).then(function (json) {
      $('inspector-body').textContent = JSON.stringify(json, null, 2);
    }).catch(function (e) {
      $('inspector-body').textContent = e.status + ' ' + JSON.stringify(e.problem, null, 2);
    });
  }

  // ------------------------------------------------------------------ export

  function csvField(v) {
    var s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csvOf(desc) {
    if (desc.rows) {
      return Promise.resolve(desc.rows.map(function (r) { return r.map(csvField).join(','); }).join('\r\n') + '\r\n');
    }
    return Promise.all(desc.sources.map(function (s) { return api(s, { accept: 'text/csv' }); })).then(function (texts) {
      return texts.map(function (text, n) {
        if (n === 0) { return text; }
        var i = text.indexOf('\n');
        return i < 0 ? '' : text.substring(i + 1);
      }).join('');
    });
  }

  function download(name, blob) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function exportTable(id, format) {
    var desc = state.exports[id];
    if (!desc) { return; }
    var shown = window.LedgerScreenTable && window.LedgerScreenTable.read(id);
    if (shown) { // exports equal the screen: its headers, names, 合计 row; typed cells in XLSX (screen-export.js)
      toast(t('exporting'));
      window.LedgerScreenTable.save(shown, desc.name, format, { api: api, download: download })
        .then(function () { toast(null); }).catch(function (e) { toast(t('failed') + ': ' + e.message); });
      return;
    }
    toast(t('exporting'));
    csvOf(desc).then(function (csv) {
      if (format === 'csv') {
        download(desc.name + '.csv', new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }));
        return null;
      }
      return api(url('/dashboard/api/xlsx', { name: desc.name }), { method: 'POST', contentType: 'text/csv;charset=UTF-8',
        body: csv, response: true, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
        .then(function (response) { return response.blob(); })
        .then(function (blob) { download(desc.name + '.xlsx', blob); });
    }).then(function () { toast(null); }).catch(function (e) { toast(t('failed') + ': ' + e.message); });
  }

  function toast(message) {
    var el = $('toast');
    if (!message) { el.hidden = true; return; }
    el.textContent = message;
    el.hidden = false;
    clearTimeout(state.toastTimer);
    state.toastTimer = setTimeout(function () { el.hidden = true; }, 4000);
  }

  // ------------------------------------------------------------------ live updates

  function setLive(mode) {
    state.live = mode;
    var el = $('live');
    el.className = 'live ' + (mode === 'sse' ? 'on' : mode === 'poll' ? 'poll' : 'off');
    el.textContent = mode === 'sse' ? t('live') : mode === 'poll' ? t('polling') : t('offline');
    el.title = mode === 'sse' ? t('liveTitle') : mode === 'poll' ? t('pollingTitle') : '';
    el.setAttribute('data-mode', mode);
  }

  function onVersion(v) {
    var old = state.version;
    state.version = v;
    document.body.setAttribute('data-version', v.statistics + ':' + v.head);
    if (old && (old.statistics !== v.statistics || old.head !== v.head)) {
      scheduleRefresh();
      // statistics position unknown here (another instance runs the projections): look again once they caught up
      if (v.statistics < 0) { setTimeout(scheduleRefresh, 2500); }
    }
  }

  function scheduleRefresh() {
    if (state.refreshTimer) { return; }
    var wait = Math.max(250, 1500 - (Date.now() - state.lastRefresh));
    state.refreshTimer = setTimeout(function () {
      state.refreshTimer = null;
      if (state.rendering) { scheduleRefresh(); return; }
      state.lastRefresh = Date.now();
      render(true);
    }, wait);
  }

  function startLive() {
    stopLive();
    state.liveFailures = 0;
    connectLive();
  }

  function stopLive() {
    if (state.liveAbort) { state.liveAbort.abort(); state.liveAbort = null; }
    if (state.pollTimer) { clearInterval(state.pollTimer); state.pollTimer = null; }
    setLive('off');
  }

  function connectLive() {
    if (!state.auth || !window.ReadableStream || !window.AbortController) { startPolling(); return; }
    var abort = new AbortController();
    state.liveAbort = abort;
    var opened = Date.now();
    fetch('/dashboard/api/live', { headers: { 'Accept': 'text/event-stream', 'Authorization': state.auth,
      'X-Requested-With': 'XMLHttpRequest' }, signal: abort.signal, cache: 'no-store' }).then(function (response) {
      if (!response.ok || !response.body) { throw new Error('HTTP ' + response.status); }
      setLive('sse');
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { return; }
          buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
          var i;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            handleEvent(buffer.substring(0, i));
            buffer = buffer.substring(i + 2);
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () { /* reconnect below */ }).then(function () {
      if (abort.signal.aborted || state.liveAbort !== abort) { return; }
      state.liveFailures = Date.now() - opened > 60000 ? 0 : state.liveFailures + 1;
      if (state.liveFailures > 3) { startPolling(); } else { setTimeout(connectLive, 1000 * state.liveFailures); }
    });
  }

  function handleEvent(block) {
    var name = 'message';
    var data = '';
    block.split('\n').forEach(function (line) {
      if (line.indexOf('event:') === 0) { name = line.substring(6).trim(); }
      else if (line.indexOf('data:') === 0) { data += line.substring(5).trim(); }
    });
    if (name === 'version' && data) {
      try { onVersion(JSON.parse(data)); } catch (e) { /* ignore a malformed event */ }
    }
  }

  function startPolling() {
    if (state.pollTimer) { return; }
    setLive('poll');
    state.pollTimer = setInterval(function () {
      api('/dashboard/api/version').then(onVersion).catch(function () { /* next time */ });
    }, 3000);
  }

  // ------------------------------------------------------------------ sign-in

  function b64(text) {
    var bytes = new TextEncoder().encode(text);
    var bin = '';
    bytes.forEach(function (b) { bin += String.fromCharCode(b); });
    return btoa(bin);
  }

  function showLogin(message) {
    $('login').hidden = false;
    fetch('/dashboard/sign-in', { cache: 'no-store' }).then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (info) { $('demo-users').hidden = !info.demoUsers; }).catch(function () { /* stays hidden */ });
    $('view').innerHTML = '';
    $('nav').innerHTML = '';
    $('user').textContent = '';
    $('logout').hidden = true;
    $('inspector').hidden = true;
    $('login-error').hidden = !message;
    $('login-error').textContent = message || '';
    setLive('off');
  }

  function signIn(ev) {
    ev.preventDefault();
    var tokenMode = !$('login-token').hidden;
    var auth = tokenMode ? 'Bearer ' + $('token').value.trim()
      : 'Basic ' + b64($('username').value.trim() + ':' + $('password').value);
    state.auth = auth;
    $('login-submit').disabled = true;
    api('/dashboard/api/me', { login: true }).then(function (me) {
      try { sessionStorage.setItem(AUTH_KEY, auth); } catch (e) { /* this tab only then */ }
      $('password').value = '';
      // a new sign-in starts on the user's own default page, not on the page of whoever used this tab before
      history.replaceState(null, '', location.pathname + location.search);
      start(me);
    }).catch(function (e) {
      state.auth = null;
      showLogin(e.status === 401 ? t('badCredentials') : t('failed') + ': ' + e.message);
    }).then(function () { $('login-submit').disabled = false; });
  }

  function signOut(message) {
    try { sessionStorage.removeItem(AUTH_KEY); } catch (e) { /* nothing stored */ }
    state.auth = null;
    state.me = null;
    state.bodies = {};
    state.names = {};
    state.verify = null;
    state.version = null;
    stopLive();
    disposeCharts();
    if (location.hash) { history.replaceState(null, '', location.pathname + location.search); }
    showLogin(message);
  }

  function start(me) {
    state.me = me;
    $('login').hidden = true;
    $('user').textContent = me.name + ' · ' + t('role' + me.role) + (me.body ? ' · ' + me.body : '');
    $('user').setAttribute('data-role', me.role);
    $('logout').hidden = false;
    startLive();
    var r = route();
    if (!location.hash || location.hash === '#' || location.hash === '#/') {
      location.replace(link(r.page, r.page === 'audit' || r.page === 'processors' ? {} :
        { year: me.defaultYear, region: home() ? home().bodyId : null }));
    } else {
      render(false);
    }
  }

  // ------------------------------------------------------------------ language

  function applyTexts() {
    document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    $('brand-title').textContent = t('title');
    $('lang').textContent = state.lang === 'en' ? '中文' : 'EN';
    $('logout').textContent = t('signOut');
    $('login-title').textContent = t('loginTitle');
    $('login-intro').textContent = t('loginIntro');
    $('login-mode').textContent = $('login-token').hidden ? t('useToken') : t('usePassword');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    setLive(state.live);
    if (state.me) {
      $('user').textContent = state.me.name + ' · ' + t('role' + state.me.role) + (state.me.body ? ' · ' + state.me.body : '');
    }
  }

  // ------------------------------------------------------------------ start

  function init() {
    applyTexts();
    $('login-form').addEventListener('submit', signIn);
    $('login-mode').addEventListener('click', function () {
      $('login-token').hidden = !$('login-token').hidden;
      $('login-basic').hidden = !$('login-token').hidden;
      applyTexts();
    });
    $('logout').addEventListener('click', function () { signOut(null); });
    $('lang').addEventListener('click', function () {
      state.lang = state.lang === 'en' ? 'zh' : 'en';
      try { localStorage.setItem(LANG_KEY, state.lang); } catch (e) { /* not kept */ }
      applyTexts();
      render(true);
    });
    $('inspector-close').addEventListener('click', function () { $('inspector').hidden = true; });
    $('inspector-csv').addEventListener('click', function (ev) {
      ev.preventDefault();
      var apiUrl = ev.currentTarget.getAttribute('data-api');
      api(apiUrl, { accept: 'text/csv' }).then(function (csv) {
        download('query.csv', new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }));
      }).catch(function (e) { toast(e.message); });
    });
    document.addEventListener('click', function (ev) {
      var a = ev.target.closest && ev.target.closest('a.q');
      if (a && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey && ev.button === 0) {
        ev.preventDefault();
        openInspector(a.getAttribute('data-api'), a.getAttribute('data-label'));
        return;
      }
      var exp = ev.target.closest && ev.target.closest('[data-export]');
      if (exp) { exportTable(exp.getAttribute('data-export'), exp.getAttribute('data-format')); return; }
      var action = ev.target.closest && ev.target.closest('[data-action="verify"]');
      if (action) { runVerify(); }
    });
    document.addEventListener('change', function (ev) {
      var sel = ev.target.closest && ev.target.closest('select[data-param]');
      if (sel) { setParam(sel.getAttribute('data-param'), sel.value); }
    });
    document.addEventListener('submit', function (ev) {
      var form = ev.target.closest && ev.target.closest('form[data-form="audit"]');
      if (!form) { return; }
      ev.preventDefault();
      var params = {};
      ['type', 'aggregate', 'body', 'principal', 'from', 'to'].forEach(function (k) {
        var v = form.elements[k].value.trim();
        if (v) { params[k] = v; }
      });
      location.hash = link('audit', params);
    });
    window.addEventListener('hashchange', function () { render(false); });
    window.addEventListener('resize', function () { state.charts.forEach(function (c) { c.resize(); }); });

    var saved = null;
    try { saved = sessionStorage.getItem(AUTH_KEY); } catch (e) { saved = null; }
    if (saved) {
      state.auth = saved;
      api('/dashboard/api/me', { login: true }).then(start).catch(function () { signOut(null); });
    } else {
      showLogin(null);
    }
  }

  window.ledgerDashboard = { state: state, refresh: function () { return render(true); },
    // what the pages in their own files use
    kit: { api: api, t: t, esc: esc, url: url, link: link, yuan: yuan, count: count, pct: pct, q: q, td: td,
      tableCard: tableCard, errorHtml: errorHtml, download: download, toast: toast, home: home, body: body,
      names: names, nameOf: nameOf, chart: chart, setParam: setParam, categoryName: categoryName, now: now } };
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
