/*
 * The overview's filters and 同比: a period (the year, a month of it, or a date range) and a worker category, kept in
 * the URL (#/overview?year=2025&month=05&category=NEW_FORM, or &from=2025-04-01&to=2025-06-30), passed to the
 * statistics API as it takes them (year, or month=YYYY-MM, or from/to; category); and the year-on-year change (同比)
 * of a figure against the same period of the previous year, shown only where the previous year has data.
 */
(function () {
  'use strict';

  var CATEGORIES = ['FRONTLINE', 'MODEL_WORKER', 'NEW_FORM', 'HARDSHIP'];

  Object.assign(window.I18N.zh, {
    periodMonth: '月份', wholeYear: '全年', periodFrom: '起始日期', periodTo: '截止日期', periodApply: '应用',
    filterCategoryAll: '全部类别', yoy: '同比 {0}', yoyNone: '上年同期无数据', monthLabel: '{0}月'
  });
  Object.assign(window.I18N.en, {
    periodMonth: 'Month', wholeYear: 'Whole year', periodFrom: 'From', periodTo: 'To', periodApply: 'Apply',
    filterCategoryAll: 'All categories', yoy: 'YoY {0}', yoyNone: 'no data a year before', monthLabel: 'month {0}'
  });

  function two(n) { return (n < 10 ? '0' : '') + n; }

  function shiftYear(date, by) { return (Number(date.substring(0, 4)) + by) + date.substring(4); }

  /** The statistics API's period and category parameters for the overview's filters (previous year: by = -1). */
  function period(ctx, by) {
    var p = ctx.params;
    var shift = by || 0;
    var out;
    if (p.from || p.to) {
      out = { from: p.from ? shiftYear(p.from, shift) : null, to: p.to ? shiftYear(p.to, shift) : null };
    } else if (p.month) {
      out = { month: (ctx.year + shift) + '-' + p.month };
    } else {
      out = { year: ctx.year + shift };
    }
    out.category = p.category || null;
    return out;
  }

  /** Whether a filter narrower than the whole year and all workers is set. */
  function narrowed(ctx) { return !!(ctx.params.month || ctx.params.from || ctx.params.to || ctx.params.category); }

  function bar(k, ctx) {
    var t = k.t;
    var p = ctx.params;
    var months = ['<option value="">' + k.esc(t('wholeYear')) + '</option>'];
    for (var m = 1; m <= 12; m++) {
      months.push('<option value="' + two(m) + '"' + (p.month === two(m) ? ' selected' : '') + '>' +
        k.esc(t('monthLabel', m)) + '</option>');
    }
    var cats = ['<option value="">' + k.esc(t('filterCategoryAll')) + '</option>'].concat(CATEGORIES.map(function (c) {
      return '<option value="' + c + '"' + (p.category === c ? ' selected' : '') + '>' + k.esc(k.categoryName(c)) + '</option>';
    }));
    return '<form class="toolbar list-filters" data-testid="overview-filters"><label>' + k.esc(t('periodMonth')) +
      ' <select name="month" data-testid="filter-month">' + months.join('') + '</select></label><label>' +
      k.esc(t('filterCategory')) + ' <select data-param="category" data-testid="filter-category">' + cats.join('') +
      '</select></label><label>' + k.esc(t('periodFrom')) + ' <input type="date" name="from" data-testid="filter-from" value="' +
      k.esc(p.from || '') + '"></label><label>' + k.esc(t('periodTo')) + ' <input type="date" name="to" ' +
      'data-testid="filter-to" value="' + k.esc(p.to || '') + '"></label><button type="submit" class="secondary" ' +
      'data-testid="filter-apply">' + k.esc(t('periodApply')) + '</button></form>';
  }

  function wire(k, ctx) {
    var form = document.querySelector('[data-testid=overview-filters]');
    if (!form) { return; }
    form.elements.month.addEventListener('change', function () { // a month replaces a date range
      var params = Object.assign({}, ctx.params, { month: form.elements.month.value });
      delete params.from;
      delete params.to;
      location.hash = k.link('overview', params);
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var from = form.elements.from.value;
      var to = form.elements.to.value;
      // a range needs both ends: an open end is the start or the end of the year shown
      var params = Object.assign({}, ctx.params, { from: from || (to ? ctx.year + '-01-01' : ''),
        to: to || (from ? ctx.year + '-12-31' : '') });
      if (params.from || params.to) { delete params.month; }
      location.hash = k.link('overview', params);
    });
  }

  /** "同比 +12.50%" of a figure against the previous year's, or a note when the previous year has none. */
  function yoy(k, now, before) {
    var b = Number(before);
    if (before === null || before === undefined || !(b > 0)) {
      return '<span class="muted" data-testid="yoy-none">' + k.esc(k.t('yoyNone')) + '</span>';
    }
    var change = (Number(now) - b) / b * 100;
    var text = (change > 0 ? '+' : '') + change.toFixed(2) + '%';
    return '<span class="yoy ' + (change >= 0 ? 'up' : 'down') + '" data-testid="yoy">' + k.esc(k.t('yoy', text)) + '</span>';
  }

  window.LedgerOverview = { period: period, narrowed: narrowed, bar: bar, wire: wire, yoy: yoy };
}());
