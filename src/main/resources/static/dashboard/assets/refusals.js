/*
 * Refusal messages in the UI language: the one table of what each problem+json `rule` code (and the `field` it names)
 * means to staff, in Chinese and English, in the words of docs/glossary.md. The dashboard shows this message instead
 * of the API's English `detail`, which stays one click away ("接口原文 / API text").
 */
(function () {
  'use strict';

  // rule code -> [中文, English]
  var RULES = {
    'out-of-scope': ['超出您的查看范围：您只能查看本单位及下级单位的数据。', 'Outside your scope: you see only your own body and the bodies below it.'],
    'forbidden': ['您的角色无权进行此操作。', 'Your role may not do this.'],
    'unauthenticated': ['登录已失效，请重新登录。', 'Your session has ended; please sign in again.'],
    'not-found': ['未找到所查询的记录。', 'The record asked for does not exist.'],
    'invalid-page': ['页码或每页条数超出范围（页码从 0 起，每页 1 至 1000 条）。', 'Page or page size out of range (pages count from 0; 1 to 1,000 per page).'],
    'invalid-year': ['年度不在可查询范围内（2000 至 2100 年）。', 'The year is out of range (2000 to 2100).'],
    'invalid-range': ['截止日期早于起始日期。', 'The end date is before the start date.'],
    'invalid-value': ['筛选条件的取值无效。', 'A filter has a value that is not allowed.'],
    'invalid-id': ['编号格式无效（仅限字母、数字及 . _ : -）。', 'The code is malformed (letters, digits and . _ : - only).'],
    'invalid-filter': ['筛选条件无效。', 'The filter is not valid.'],
    'invalid-period': ['统计期间无效：请只选择年度、月份或起止日期中的一种。', 'The period is not valid: choose a year, a month or a date range, one of them.'],
    'unsupported-filter': ['暂不支持这种筛选组合。', 'This combination of filters is not supported.'],
    'invalid-date': ['日期无效。', 'The date is not valid.'],
    'invalid-amount': ['金额无效（元，最多两位小数）。', 'The amount is not valid (yuan, at most two decimals).'],
    'unknown-body': ['该工会组织尚未登记。', 'That union body is not registered.'],
    'unknown-fund': ['该资金尚未设立。', 'That fund has not been set up.'],
    'unknown-programme': ['该疗休养项目不存在。', 'That programme does not exist.'],
    'unknown-trip': ['该团组不存在。', 'That trip does not exist.'],
    'insufficient-funds': ['可用预算不足。', 'Not enough available budget.'],
    'earmark-violation': ['专项资金只能用于符合条件的职工。', 'Earmarked money may pay only for eligible workers.'],
    'year-closed': ['该年度已结账，不能再记账。', 'That year is closed; nothing more can be booked in it.'],
    'already-settled': ['该团组已结算。', 'That trip is already settled.'],
    'not-settled': ['该团组尚未结算。', 'That trip is not settled yet.'],
    'standard-exceeded': ['超出疗休养标准（每人每天限额或天数）。', 'Above the recuperation standard (daily cap or length).'],
    'category-not-eligible': ['该职工类别不在本项目范围内。', 'That worker category is not eligible in this programme.'],
    'frequency-exceeded': ['超出每人参加次数限制。', 'Above the number of trips allowed per worker.'],
    'annual-cap-exceeded': ['超出每人年度补助上限。', 'Above the yearly cap per worker.'],
    'duplicate-document-number': ['该文号本单位本年度已使用。', 'That document number is already used by this body this year.'],
    'idempotency-conflict': ['同一编号已用于另一份内容不同的请求。', 'That id was already used for a different request.'],
    'rebuild-in-progress': ['数据正在重新统计，请稍后再试。', 'The figures are being recomputed; please try again shortly.'],
    'malformed-json': ['提交的内容格式有误。', 'The request is malformed.'],
    'self-approval': ['不能审核或审批本人经办的业务。', 'Nobody may review or approve their own proposal.'],
    'duplicate-approval': ['您已签批过该业务，下一步须由他人审核或审批。', 'You already signed this proposal; the next step is someone else\'s.'],
    'proposal-closed': ['该业务已审批、退回或撤回，不能再签批。', 'That proposal is already approved, rejected or withdrawn.'],
    'unknown-proposal': ['该业务不存在。', 'That proposal does not exist.'],
    'unknown-field': ['提交了无法识别的字段。', 'The request has a field that is not known.']
  };

  // field -> [中文, English]
  var FIELDS = {
    region: ['单位', 'body'], body: ['单位', 'body'], bodyId: ['单位', 'body'], year: ['年度', 'year'],
    month: ['月份', 'month'], from: ['起始日期', 'start date'], to: ['截止日期', 'end date'], page: ['页码', 'page'],
    size: ['每页条数', 'page size'], status: ['状态', 'status'], category: ['职工类别', 'worker category'],
    programme: ['疗休养项目', 'programme'], programmeId: ['疗休养项目', 'programme'], tripId: ['团组', 'trip'],
    fundId: ['资金', 'fund'], amount: ['金额', 'amount'], documentNumber: ['文号', 'document number'],
    asOf: ['截至时点', 'as of']
  };

  function lang() { return window.ledgerDashboard && window.ledgerDashboard.state.lang === 'en' ? 1 : 0; }

  /** The message for a problem in the UI language, or null when its rule is not in the table. */
  function message(problem) {
    if (!problem) { return null; }
    var rule = problem.rule || problem.title;
    var entry = RULES[rule];
    if (!entry) { return null; }
    var field = problem.field && FIELDS[problem.field];
    var l = lang();
    return (field ? (l ? 'Field “' + field[1] + '”: ' : '【' + field[0] + '】') : '') + entry[l];
  }

  window.LedgerRefusals = { message: message, rules: RULES, fields: FIELDS };
}());
