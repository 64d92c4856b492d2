/*
 * Region matching and earmark compliance (issue 15), for the matching and budget pages of app.js. app.js hands over
 * its helpers (h); each function answers a promise of { html, exports } to append to its page.
 */
(function () {
  'use strict';

  window.addTexts({
    regionMatchingTitle: ['{0} · {1} 年区域配套（含下级）', '{0} · {1} region matching (with the bodies below)'], total: ['合计', 'Total'],
    requirements: ['配套要求', 'Requirements'], ratioPct: ['配套比例', 'Matching ratio'], outcome: ['结果', 'Outcome'],
    revisions: ['修订', 'Revisions'], revised: ['已修订', 'revised'], documentNumber: ['文号', 'Document No.'],
    docTitle: ['文件名称', 'Title'], earmarkTitle: ['{0} · {1} 年专项资金合规', '{0} · {1} earmark compliance'],
    earmarkRegionsTitle: ['{0} · {1} 年专项资金合规（按地区）', '{0} · {1} earmark compliance by region'], earmarked: ['专项资金', 'Earmarked'],
    eligibleSpent: ['合规支出', 'Eligible spend'], otherSpent: ['其他支出（非合规或未列明参加人）', 'Other spend (not eligible or no participant)'],
    compliance: ['合规率', 'Compliance'], utilisation: ['使用率', 'Utilisation'], ownBody: ['本级', 'own'],
    scopeRegion: ['含下级', 'with subtree'], noEarmarks: ['本年度没有专项资金。', 'No earmarked money this year.']
  });

  /** MET, SHORTFALL or OPEN of a roll-up: any shortfall wins, then anything still open. */
  function outcomeOf(s) {
    if (s.shortfalls > 0) { return 'SHORTFALL'; }
    if (s.open > 0 || !s.allocations) { return 'OPEN'; }
    return 'MET';
  }

  function badge(h, outcome, revisions) {
    var cls = outcome === 'MET' ? 'ok' : outcome === 'SHORTFALL' ? 'shortfall' : 'open';
    return '<span class="badge ' + cls + '" data-outcome="' + h.esc(outcome) + '">' + h.esc(h.t('status' + outcome)) +
      '</span>' + (revisions > 0 ? ' <span class="badge warn" data-testid="revised">' + h.esc(h.t('revised')) + '</span>' : '');
  }

  /** Region matching: the region's total (合计) first, then each child region rolled up. */
  function regionMatching(h, ctx, entry) {
    // the region's own call is its total (合计); then one call per child region, each rolled up
    var ids = [ctx.region].concat(entry.children || []);
    var urls = ids.map(function (id) {
      return h.url('/api/v1/statistics/matching', { year: ctx.year, region: id });
    });
    var load = Promise.all(urls.map(function (u) { return h.api(u); })).then(function (list) {
      return { items: list, sources: urls };
    });
    return Promise.all([load, h.names(ctx.region).catch(function () { return {}; })]).then(function (d) {
      var items = d[0].items, nm = d[1], src = d[0].sources;
      var rows = items.map(function (s, i) {
        var U = src[i];
        var name = s.regionName || h.nameOf(nm, s.region);
        var ratio = s.ratio !== undefined && s.ratio !== null ? s.ratio : s.matchingRatio;
        return '<tr' + (i === 0 ? ' class="total-row"' : '') + ' data-region="' + h.esc(s.region) + '">' +
          h.td(h.esc(i === 0 ? h.t('total') + '（' + name + '）' : name)) +
          h.td(h.q(U, h.count(s.allocations), s.allocations, h.t('requirements')), true) +
          h.td(h.q(U, h.yuan(s.required), s.required, h.t('required')), true) +
          h.td(h.q(U, h.yuan(s.committedByDeadline), s.committedByDeadline, h.t('committedByDeadline')), true) +
          h.td(h.q(U, h.yuan(s.committedLate), s.committedLate, h.t('committedLate')), true) +
          h.td(h.q(U, h.pct(ratio), ratio, h.t('ratioPct')), true) +
          h.td(h.q(U, h.yuan(s.shortfall), s.shortfall, h.t('shortfall')), true) +
          h.td(badge(h, outcomeOf(s), s.revisions || 0)) + '</tr>';
      }).join('');
      var headers = [{ label: h.t('region') }, { label: h.t('requirements'), num: true },
        { label: h.t('required'), num: true }, { label: h.t('committedByDeadline'), num: true },
        { label: h.t('committedLate'), num: true }, { label: h.t('ratioPct'), num: true },
        { label: h.t('shortfall'), num: true }, { label: h.t('outcome') }];
      return {
        html: h.tableCard('regionMatching', h.t('regionMatchingTitle', entry.name, ctx.year), headers, rows),
        exports: { regionMatching: { name: 'region-matching-' + ctx.region + '-' + ctx.year, sources: src.slice(0, 1) } }
      };
    });
  }

  function earmarkCells(h, U, f) {
    return h.td(h.q(U, h.yuan(f.earmarked), f.earmarked, h.t('earmarked')), true) +
      h.td(h.q(U, h.yuan(f.spent), f.spent, h.t('spent')), true) +
      h.td(h.q(U, h.yuan(f.eligibleSpent), f.eligibleSpent, h.t('eligibleSpent')), true) +
      h.td(h.q(U, h.yuan(f.otherSpent), f.otherSpent, h.t('otherSpent')), true) +
      h.td(h.q(U, h.pct(f.compliance), f.compliance, h.t('compliance')), true) +
      h.td(h.q(U, h.pct(f.utilisation), f.utilisation, h.t('utilisation')), true);
  }

  var FIGURE_HEADERS = ['earmarked', 'spent', 'eligibleSpent', 'otherSpent', 'compliance', 'utilisation'];

  /** Earmark compliance and utilisation: KPIs, the region's lines and each child region rolled up. */
  function earmarks(h, ctx, entry) {
    var L = h.url('/api/v1/statistics/earmarks', { year: ctx.year, region: ctx.region });
    var R = h.url('/api/v1/statistics/earmarks/regions', { year: ctx.year, region: ctx.region });
    return Promise.all([h.api(L), h.api(R)]).then(function (d) {
      var view = d[0], regions = d[1], T = view.totals;
      var kpis = '<div class="kpis" data-testid="earmark-kpis">' +
        h.kpi('earmarkCompliance', h.t('compliance'), h.q(L, h.pct(T.compliance), T.compliance, h.t('compliance')),
          h.esc(h.t('eligibleSpent')) + ' ' + h.q(L, h.yuan(T.eligibleSpent), T.eligibleSpent, h.t('eligibleSpent'))) +
        h.kpi('earmarkUtilisation', h.t('utilisation'), h.q(L, h.pct(T.utilisation), T.utilisation, h.t('utilisation')),
          h.esc(h.t('spent')) + ' ' + h.q(L, h.yuan(T.spent), T.spent, h.t('spent')) + ' / ' +
          h.q(L, h.yuan(T.earmarked), T.earmarked, h.t('earmarked'))) + '</div>';
      var lineRows = view.lines.map(function (l) {
        return '<tr data-line="' + h.esc(l.fund + '|' + l.earmark) + '">' + h.td('<span title="' + h.esc(l.fund) + '">' +
          h.esc(l.fundName || l.fund) + '</span>') +
          h.td(h.esc(l.earmark)) + earmarkCells(h, L, l.figures) + '</tr>';
      }).join('');
      if (view.lines.length) {
        lineRows += '<tr class="total-row">' + h.td(h.esc(h.t('total'))) + h.td('') + earmarkCells(h, L, T) + '</tr>';
      }
      var regionRows = '<tr class="total-row">' + h.td(h.esc(h.t('total') + '（' + regions.name + '）')) +
        earmarkCells(h, R, regions.total) + '</tr>' + regions.items.map(function (r) {
          return '<tr data-region="' + h.esc(r.body) + '">' +
            h.td(h.esc(r.name + (r.subtree ? '' : '（' + h.t('ownBody') + '）'))) + earmarkCells(h, R, r.figures) + '</tr>';
        }).join('');
      var figureHeaders = FIGURE_HEADERS.map(function (k) { return { label: h.t(k), num: true }; });
      return {
        html: '<h2 class="section-title" data-testid="earmark-section">' +
          h.esc(h.t('earmarkTitle', entry.name, ctx.year)) + '</h2>' + kpis +
          h.tableCard('earmarkLines', h.t('earmarkTitle', entry.name, ctx.year),
            [{ label: h.t('fund') }, { label: h.t('earmark') }].concat(figureHeaders),
            lineRows || '<tr><td colspan="8" class="muted">' + h.esc(h.t('noEarmarks')) + '</td></tr>') +
          h.tableCard('earmarkRegions', h.t('earmarkRegionsTitle', entry.name, ctx.year),
            [{ label: h.t('region') }].concat(figureHeaders), regionRows),
        exports: {
          earmarkLines: { name: 'earmark-lines-' + ctx.region + '-' + ctx.year, sources: [L] },
          earmarkRegions: { name: 'earmark-regions-' + ctx.region + '-' + ctx.year, sources: [R] }
        }
      };
    });
  }

  window.LedgerFigures = { regionMatching: regionMatching, earmarks: earmarks };
})();
