/*
 * 浏览 Browse page: the lists of funds, allocation documents (补助拨付文件, 文号), programmes, trips and the participants of a
 * trip (pseudonymised), from the list API (/api/v1/funds, /allocation-documents, /programmes, /trips,
 * /trips/{id}/participants; docs/api-lists.md) with the user's own credentials, so the API's scope applies. Filters
 * and the page live in the URL (#/browse?list=trips&year=2025&region=330105&category=NEW_FORM&page=1), so the
 * overview's drill-through (a chart bar, a month, a region row) opens this page filtered. Names first, codes on hover.
 */
(function () {
  'use strict';

  var SIZE = 20;
  var LISTS = ['trips', 'programmes', 'funds', 'documents'];
  var CATEGORIES = ['FRONTLINE', 'MODEL_WORKER', 'NEW_FORM', 'HARDSHIP'];

  window.addTexts({
    navBrowse: ['明细浏览', 'Browse'], browseTitle: ['{0} · 明细浏览', '{0} · browse'], listTrips: ['团组', 'Trips'],
    listProgrammes: ['疗休养项目', 'Programmes'], listFunds: ['资金', 'Funds'], listDocuments: ['补助拨付文件', 'Allocation documents'],
    listParticipants: ['{0} · 参加人员（已脱敏）', '{0} · participants (pseudonymised)'], filterAll: ['全部', 'All'],
    filterRegion: ['单位（含下级）', 'Body (with those below)'], filterStatus: ['状态', 'Status'],
    filterCategory: ['职工类别', 'Worker category'], filterFrom: ['起始日期', 'From'], filterTo: ['截止日期', 'To'],
    filterApply: ['筛选', 'Filter'], filterClear: ['清除筛选', 'Clear filters'], allYears: ['全部年度', 'All years'],
    pageOf: ['第 {0} / {1} 页，共 {2} 条', 'Page {0} of {1}, {2} items'], pagePrev: ['上一页', 'Previous'], pageNext: ['下一页', 'Next'],
    listEmpty: ['没有符合条件的记录。', 'Nothing matches.'], pageTotal: ['本页合计', 'Total of this page'],
    statusSCHEDULED: ['待结算', 'Scheduled'], statusSETTLED: ['已结算', 'Settled'], statusENROLLED: ['已报名', 'Enrolled'],
    statusATTENDED: ['已参加', 'Attended'], statusNO_SHOW: ['未参加', 'Did not go'], statusREMOVED: ['已核减', 'Removed (no-show)'],
    colTrip: ['团组', 'Trip'], colProgramme: ['项目', 'Programme'], colBody: ['单位', 'Body'], colStart: ['出发日期', 'Start'],
    colDays: ['天数', 'Days'], colStatus: ['状态', 'Status'], colEnrolled: ['报名人数', 'Enrolled'], colAttended: ['参加人数', 'Attended'],
    colCharged: ['工会经费支出', 'Union spend'], colYear: ['年度', 'Year'], colPlanned: ['计划人数', 'Planned'],
    colBudget: ['预算', 'Budget'], colTrips: ['团次', 'Trips'], colFund: ['资金', 'Fund'], colPurpose: ['用途', 'Purpose'],
    colTotal: ['金额', 'Amount'], colEarmarked: ['其中专项', 'Of which earmarked'], colDate: ['日期', 'Date'],
    colDocNumber: ['文号', 'Document no.'], colDocTitle: ['标题', 'Title'], colFrom: ['拨付单位', 'From'], colTo: ['接收单位', 'To'],
    colMatching: ['应配套', 'Matching owed'], colWorker: ['职工（化名）', 'Worker (pseudonym)'],
    colCategory: ['职工类别', 'Worker category'], colEmployer: ['工作单位', 'Employer'], colFamily: ['家属', 'Family'],
    colParticipant: ['编号', 'No.'], yes: ['是', 'yes'], no: ['否', 'no'], viewTrips: ['查看团组', 'View trips'],
    viewParticipants: ['参加人员', 'Participants'], monthTrips: ['按月查看团组：', 'Trips by month: '],
    backToTrips: ['返回团组列表', 'Back to the trips']
  });

  function kit() { return window.ledgerDashboard.kit; }

  /** Sum of yuan strings, exactly (in fen). */
  function sumYuan(values) {
    var fen = values.reduce(function (s, v) {
      if (v === null || v === undefined || v === '') { return s; }
      var neg = v.charAt(0) === '-';
      var p = v.replace('-', '').split('.');
      var f = BigInt(p[0]) * 100n + BigInt(((p[1] || '') + '00').substring(0, 2));
      return s + (neg ? -f : f);
    }, 0n);
    var neg = fen < 0n;
    var abs = neg ? -fen : fen;
    var cents = String(abs % 100n);
    return (neg ? '-' : '') + String(abs / 100n) + '.' + (cents.length < 2 ? '0' + cents : cents);
  }

  function named(k, name, code) {
    return '<span title="' + k.esc(code) + '">' + k.esc(name || code) + '</span>';
  }

  function status(k, s) { return k.esc(s ? k.t('status' + s) : k.t('none')); }

  /** What each list asks and shows: its API call, filters, columns and cells, and which columns the 合计 row sums. */
  var SPECS = {
    trips: {
      title: 'listTrips', filters: ['status', 'category', 'from', 'to'],
      api: function (c) { return ['/api/v1/trips', { programme: c.params.programme, status: c.params.status,
        category: c.params.category, from: c.params.from, to: c.params.to }]; },
      columns: ['colTrip', 'colProgramme', 'colBody', 'colStart', '#colDays', 'colStatus', '#colEnrolled',
        '#colAttended', '#colCharged'],
      sums: { 6: 'count', 7: 'count', 8: 'yuan' },
      cells: function (k, i, c) {
        return [named(k, i.name, i.tripId) + ' <a class="muted" href="' + k.link('browse', { list: 'participants',
          trip: i.tripId, year: c.year, region: c.region }) + '" data-testid="participants-' + k.esc(i.tripId) + '">' +
          k.esc(k.t('viewParticipants')) + '</a>', named(k, i.programmeName, i.programmeId), named(k, i.bodyName, i.bodyId),
          k.esc(i.startDate), k.count(i.days), status(k, i.status), k.count(i.enrolled), k.count(i.attended),
          k.yuan(i.charged)];
      },
      values: function (i) { return [null, null, null, null, null, null, i.enrolled, i.attended, i.charged]; }
    },
    programmes: {
      title: 'listProgrammes', filters: ['category'],
      api: function (c) { return ['/api/v1/programmes', { category: c.params.category }]; },
      columns: ['colProgramme', 'colBody', 'colYear', '#colPlanned', '#colBudget', '#colTrips'],
      sums: { 3: 'count', 4: 'yuan', 5: 'count' },
      cells: function (k, i, c) {
        return [named(k, i.name, i.programmeId) + ' <a class="muted" href="' + k.link('browse', { list: 'trips',
          programme: i.programmeId, year: c.year, region: c.region }) + '">' + k.esc(k.t('viewTrips')) + '</a>',
          named(k, i.bodyName, i.bodyId), k.esc(i.year), k.count(i.plannedHeadcount), k.yuan(i.budget), k.count(i.trips)];
      },
      values: function (i) { return [null, null, null, i.plannedHeadcount, i.budget, i.trips]; }
    },
    funds: {
      title: 'listFunds', filters: [],
      api: function () { return ['/api/v1/funds', {}]; },
      columns: ['colFund', 'colBody', 'colYear', 'colPurpose', 'colDate', '#colTotal', '#colEarmarked'],
      sums: { 5: 'yuan', 6: 'yuan' },
      cells: function (k, i) {
        return [named(k, i.name || i.fundId, i.fundId), named(k, i.bodyName, i.bodyId), k.esc(i.year), k.esc(i.purpose),
          k.esc(i.date), k.yuan(i.total), k.yuan(i.earmarked)];
      },
      values: function (i) { return [null, null, null, null, null, i.total, i.earmarked]; }
    },
    documents: {
      title: 'listDocuments', filters: ['from', 'to'],
      api: function (c) { return ['/api/v1/allocation-documents', { from: c.params.from, to: c.params.to }]; },
      columns: ['colDocNumber', 'colDocTitle', 'colFrom', 'colTo', 'colDate', '#colTotal', '#colMatching'],
      sums: { 5: 'yuan', 6: 'yuan' },
      cells: function (k, i) {
        return [named(k, i.documentNumber, i.documentId), k.esc(i.title), named(k, i.fromBodyName, i.fromBodyId),
          named(k, i.toBodyName, i.toBodyId), k.esc(i.date), k.yuan(i.amount), k.yuan(i.requiredMatching)];
      },
      values: function (i) { return [null, null, null, null, null, i.amount, i.requiredMatching]; }
    },
    participants: {
      title: 'listParticipants', filters: ['status', 'category'], noYear: true,
      api: function (c) { return ['/api/v1/trips/' + encodeURIComponent(c.params.trip) + '/participants',
        { status: c.params.status, category: c.params.category }]; },
      columns: ['colParticipant', 'colWorker', 'colCategory', 'colEmployer', 'colFamily', 'colStatus', 'colFund',
        '#colCharged'],
      sums: { 7: 'yuan' },
      cells: function (k, i) {
        return [k.esc(i.participantId), '<span class="mono" title="' + k.esc(i.worker) + '">' +
          k.esc(i.worker ? i.worker.substring(0, 10) + '…' : '') + '</span>', k.esc(i.category ? k.categoryName(i.category)
          : ''), k.esc(i.employerName), k.esc(k.t(i.familyMember ? 'yes' : 'no')), status(k, i.status),
          k.esc(i.fundId || ''), k.yuan(i.charged)];
      },
      values: function (i) { return [null, null, null, null, null, null, null, i.charged]; }
    }
  };

  function options(k, values, current, label) {
    return ['<option value="">' + k.esc(k.t('filterAll')) + '</option>'].concat(values.map(function (v) {
      return '<option value="' + k.esc(v) + '"' + (v === current ? ' selected' : '') + '>' + k.esc(label(v)) + '</option>';
    })).join('');
  }

  function filterForm(k, spec, ctx, bodies) {
    var me = window.ledgerDashboard.state.me;
    var p = ctx.params;
    var years = (me.years || []).slice();
    if (years.indexOf(ctx.year) < 0) { years.push(ctx.year); }
    years.sort(function (a, b) { return b - a; });
    var f = '<form class="toolbar list-filters" data-testid="list-filters">';
    if (!spec.noYear) {
      f += '<label>' + k.esc(k.t('filterRegion')) + ' <select name="region" data-testid="filter-region">' +
        bodies.map(function (b) {
          return '<option value="' + k.esc(b.bodyId) + '" title="' + k.esc(b.bodyId) + '"' +
            (b.bodyId === ctx.region ? ' selected' : '') + '>' + k.esc(b.name) + '</option>';
        }).join('') + '</select></label><label>' + k.esc(k.t('year')) + ' <select name="year" data-testid="filter-year">' +
        '<option value="all"' + (p.year === 'all' ? ' selected' : '') + '>' + k.esc(k.t('allYears')) + '</option>' +
        years.map(function (y) {
          return '<option value="' + y + '"' + (p.year !== 'all' && y === ctx.year ? ' selected' : '') + '>' + y + '</option>';
        }).join('') + '</select></label>';
    }
    spec.filters.forEach(function (name) {
      if (name === 'status') {
        var statuses = spec === SPECS.trips ? ['SCHEDULED', 'SETTLED'] : ['ENROLLED', 'ATTENDED', 'NO_SHOW', 'REMOVED'];
        f += '<label>' + k.esc(k.t('filterStatus')) + ' <select name="status" data-testid="filter-status">' +
          options(k, statuses, p.status, function (s) { return k.t('status' + s); }) + '</select></label>';
      } else if (name === 'category') {
        f += '<label>' + k.esc(k.t('filterCategory')) + ' <select name="category" data-testid="filter-category">' +
          options(k, CATEGORIES, p.category, k.categoryName) + '</select></label>';
      } else {
        f += '<label>' + k.esc(k.t(name === 'from' ? 'filterFrom' : 'filterTo')) + ' <input type="date" name="' + name +
          '" data-testid="filter-' + name + '" value="' + k.esc(p[name] || '') + '"></label>';
      }
    });
    return f + '<button type="submit" class="primary" data-testid="filter-apply">' + k.esc(k.t('filterApply')) +
      '</button> <a href="' + k.link('browse', { list: p.list, trip: p.trip, year: ctx.year, region: ctx.region }) +
      '" data-testid="filter-clear">' + k.esc(k.t('filterClear')) + '</a></form>';
  }

  function totalRow(k, spec, items, page) {
    var cells = spec.columns.map(function (c, n) {
      var kind = spec.sums[n];
      if (!kind) { return k.td(n === 0 ? '<strong>' + k.esc(k.t(page.totalItems > items.length ? 'pageTotal' : 'total')) +
        '</strong>' : ''); }
      var values = items.map(function (i) { return spec.values(i)[n]; });
      return k.td(kind === 'yuan' ? k.yuan(sumYuan(values.map(function (v) { return v === null ? null : String(v); })))
        : k.count(values.reduce(function (s, v) { return s + (v || 0); }, 0)), true);
    });
    return '<tr class="total-row" data-testid="list-total">' + cells.join('') + '</tr>';
  }

  function pager(k, ctx, page) {
    var pages = Math.max(1, Math.ceil(page.totalItems / page.size));
    function to(n) { return k.link('browse', Object.assign({}, ctx.params, { page: n > 0 ? n : null })); }
    return '<div class="pager toolbar" data-testid="pager"><span data-testid="page-of">' +
      k.esc(k.t('pageOf', page.page + 1, pages, page.totalItems)) + '</span>' +
      (page.page > 0 ? '<a href="' + to(page.page - 1) + '" data-testid="page-prev">' + k.esc(k.t('pagePrev')) + '</a>' : '') +
      (page.page + 1 < pages ? '<a href="' + to(page.page + 1) + '" data-testid="page-next">' + k.esc(k.t('pageNext')) +
        '</a>' : '') + '</div>';
  }

  function render(ctx) {
    var k = kit();
    var p = ctx.params;
    var list = SPECS[p.list] && (p.list !== 'participants' || p.trip) ? p.list : 'trips';
    var spec = SPECS[list];
    var call = spec.api(ctx);
    var query = Object.assign({ region: spec.noYear ? null : ctx.region, year: spec.noYear || p.year === 'all' ? null :
      ctx.year, page: p.page || 0, size: p.size || SIZE }, call[1]);
    var apiUrl = k.url(call[0], query);
    return Promise.all([k.api(apiUrl), k.body(ctx.region), k.names(k.home().bodyId).catch(function () { return {}; })])
      .then(function (d) {
        var page = d[0];
        var bodies = Object.keys(d[2]).map(function (id) { return d[2][id]; });
        if (!bodies.length) { bodies = [{ bodyId: ctx.region, name: d[1].name }]; }
        var tabs = '<div class="tabs" data-testid="list-tabs">' + LISTS.map(function (l) {
          return '<a href="' + k.link('browse', { list: l, year: p.year || ctx.year, region: ctx.region }) + '"' +
            (l === list ? ' class="active"' : '') + ' data-testid="tab-' + l + '">' + k.esc(k.t(SPECS[l].title, '')) + '</a>';
        }).join('') + '</div>';
        var headers = spec.columns.map(function (c) {
          return c.charAt(0) === '#' ? { label: k.t(c.substring(1)), num: true } : { label: k.t(c) };
        });
        var rows = page.items.map(function (i) {
          var cells = spec.cells(k, i, ctx);
          return '<tr data-key="' + k.esc(i.tripId || i.participantId || i.programmeId || i.documentId || i.fundId) + '">' +
            cells.map(function (html, n) { return k.td(html, headers[n].num); }).join('') + '</tr>';
        }).join('') + (page.items.length ? totalRow(k, spec, page.items, page) : '');
        var title = list === 'participants' ? k.t('listParticipants', p.trip) : k.t(spec.title);
        var back = list === 'participants' ? '<p><a href="' + k.link('browse', { list: 'trips', year: ctx.year,
          region: ctx.region }) + '">' + k.esc(k.t('backToTrips')) + '</a></p>' : '';
        var html = '<div class="page-head"><div><h1 data-testid="title">' + k.esc(k.t('browseTitle', d[1].name)) +
          '</h1></div><span class="stamp" data-testid="stamp">' + k.esc(k.t('updated', k.now())) + '</span></div>' + tabs +
          back + filterForm(k, spec, ctx, bodies) + (page.items.length ? '' : '<p class="notice empty" data-testid="list-empty">' +
          k.esc(k.t('listEmpty')) + '</p>') + k.tableCard('list', title, headers, rows) + pager(k, ctx, page);
        return {
          html: html,
          exports: { list: { name: list + '-' + (p.trip || ctx.region) + '-' + (query.year || 'all'), sources: [apiUrl] } },
          after: function () { wire(k, ctx); }
        };
      });
  }

  function wire(k, ctx) {
    var form = document.querySelector('[data-testid=list-filters]');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var params = { list: ctx.params.list || 'trips', trip: ctx.params.trip, programme: ctx.params.programme };
      Array.prototype.forEach.call(form.elements, function (el) { if (el.name) { params[el.name] = el.value; } });
      location.hash = k.link('browse', params);
    });
  }

  window.LedgerPages = window.LedgerPages || {};
  window.LedgerPages.browse = { nav: 'navBrowse', keep: true, render: render,
    allowed: function (me) { return me.readsBusinessData; } };
  window.LedgerLists = { sumYuan: sumYuan };
}());
