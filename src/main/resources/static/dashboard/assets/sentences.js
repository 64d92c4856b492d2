/*
 * The event log as sentences (事件日志): one sentence per stored event, in Chinese or English, with union bodies by
 * name (the code on hover), funds by display name and allocation documents by document number (文号) from the
 * entry's {@code names} (the code on hover), amounts in yuan. The raw stored event stays one click away on the
 * page. Terms follow docs/glossary.md.
 */
(function () {
  'use strict';

  var TYPES = {
    UnionBodyRegistered: ['登记工会组织', 'Union body registered'],
    FundEstablished: ['设立资金', 'Fund established'],
    FundsAllocated: ['上级补助拨付', 'Funds allocated'],
    AllocationDocumentIssued: ['下达拨款文件', 'Allocation document issued'],
    OwnFundsCommitted: ['自有资金投入配套', 'Own funds committed'],
    MatchingOutcomeRevised: ['配套结果修正', 'Matching outcome revised'],
    MatchingFundsCommitted: ['配套资金承诺', 'Matching funds committed'],
    MatchingShortfallRecorded: ['配套缺口记录', 'Matching shortfall recorded'],
    MatchingRequirementMet: ['配套要求达成', 'Matching requirement met'],
    FixedSubsidiesGranted: ['定额补助发放', 'Fixed subsidies granted'],
    ProgrammeOpened: ['开设疗休养项目', 'Programme opened'],
    ProgrammeBudgetAllocated: ['安排项目预算', 'Programme budget allocated'],
    ProgrammeBudgetToppedUp: ['追加项目预算', 'Programme budget topped up'],
    ProgrammeCharged: ['项目列支', 'Programme charged'],
    TripAddedToProgramme: ['项目新增团组', 'Trip added to programme'],
    TripScheduled: ['安排疗休养团组', 'Trip scheduled'],
    ParticipantsEnrolled: ['人员报名', 'Participants enrolled'],
    TripSettled: ['团组结算', 'Trip settled'],
    NoShowRemoved: ['更正：移除未到人员', 'Correction: no-show removed'],
    ParticipantCategoryChanged: ['更正：人员类别', 'Correction: participant category'],
    ParticipantRecharged: ['更正：改列资金', 'Correction: participant re-charged'],
    PostingReversed: ['冲销更正', 'Posting reversed'],
    SharedCostPosted: ['分摊费用', 'Shared cost posted'],
    YearClosed: ['年度结账', 'Year closed'],
    WorkerFunded: ['职工资助记录', 'Worker funded'],
    WorkerFundingReleased: ['职工资助撤销', 'Worker funding released'],
    StandardSet: ['设定标准', 'Standard set'],
    EligibleWorkersRegistered: ['登记符合条件职工', 'Eligible workers registered'],
    ContractorRegistered: ['登记承办单位', 'Contractor registered'],
    DestinationRegistered: ['登记疗休养目的地', 'Destination registered'],
    ApprovalPolicyAdopted: ['采用审批权限', 'Approval policy adopted'],
    ActProposed: ['经办提交（待审批）', 'Proposed for approval'],
    ProposalApproved: ['审核/审批通过', 'Proposal approved'],
    ProposalRejected: ['审核/审批退回', 'Proposal rejected'],
    ProposalWithdrawn: ['经办撤回', 'Proposal withdrawn']
  };
  var ACTS = { ESTABLISH_FUND: ['设立资金', 'fund establishment'], ALLOCATION: ['上级补助拨付', 'allocation'],
    ALLOCATION_DOCUMENT: ['拨款文件', 'allocation document'], SUBSIDY_BATCH: ['定额补助发放', 'subsidy batch'],
    SHARED_COST: ['分摊费用', 'shared cost'], REVERSAL: ['冲销更正', 'reversal'], YEAR_CLOSE: ['年度结账', 'year close'] };
  var STEPS = { REVIEW: ['审核', 'review'], APPROVE: ['审批', 'approval'] };
  var LEVELS = { PROVINCE: ['省级', 'province'], CITY: ['市级', 'city'], COUNTY: ['县级', 'county'],
    TOWNSHIP: ['乡镇（街道）', 'township'], INDUSTRY: ['产业（行业）', 'industry'], GRASSROOTS: ['基层', 'grassroots'] };
  var CATEGORIES = { FRONTLINE: ['一线职工', 'frontline worker'], MODEL_WORKER: ['劳模工匠', 'model worker'],
    NEW_FORM: ['新就业形态劳动者', 'new-form worker'], HARDSHIP: ['困难职工', 'worker in hardship'] };

  /** A typed id ({"value": "330000"}) or a plain value. */
  function v(x) { return x && typeof x === 'object' && 'value' in x ? x.value : x; }

  function group(digits) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }

  /** "800000.00" -> "800,000.00 元" (from the string: no floating point). */
  function money(s, en) {
    if (s === null || s === undefined) { return '—'; }
    var str = String(v(s));
    var neg = str.charAt(0) === '-';
    var parts = str.replace(/^-/, '').split('.');
    var text = (neg ? '-' : '') + group(parts[0]) + '.' + ((parts[1] || '') + '00').substring(0, 2);
    return en ? 'CNY ' + text : text + ' 元';
  }

  /** Σ amount of a list of lines, in fen (integers: exact). */
  function sum(lines) {
    var fen = 0;
    (lines || []).forEach(function (l) {
      var s = String(v(l.amount) || '0');
      var neg = s.charAt(0) === '-';
      var p = s.replace(/^-/, '').split('.');
      var f = parseInt(p[0], 10) * 100 + parseInt(((p[1] || '') + '00').substring(0, 2), 10);
      fen += neg ? -f : f;
    });
    var abs = Math.abs(fen);
    return (fen < 0 ? '-' : '') + Math.floor(abs / 100) + '.' + String(100 + abs % 100).substring(1);
  }

  function label(map, key, en) { return map[key] ? map[key][en ? 1 : 0] : (key || ''); }

  /** Stored names (FundsAllocated) and class names (FundsAllocatedEvent) alike. */
  function key(type) { return String(type || '').replace(/Event$/, ''); }

  function typeLabel(type, lang) { return TYPES[key(type)] ? TYPES[key(type)][lang === 'en' ? 1 : 0] : type; }

  /** The sentence for one event-log entry; {@code name(id)} gives a body's name, {@code esc} escapes HTML. */
  /** Who proposed, reviewed and approved a posting booked through maker-checker (e.approval), else ''. */
  function trail(e, esc, en) {
    var a = e.approval;
    if (!a || !a.proposer) { return ''; }
    var parts = [(en ? 'proposed by ' : '经办 ') + esc(a.proposer.name)].concat((a.approvals || []).map(function (x) {
      return (x.step === 'APPROVE' ? (en ? 'approved by ' : '审批 ') : (en ? 'reviewed by ' : '审核 ')) + esc(x.name);
    }));
    return '<span class="approval-trail" data-testid="approval-trail">' +
      (en ? ' (' + parts.join(', ') + ')' : '（' + parts.join('，') + '）') + '</span>';
  }

  function sentence(e, name, esc, lang) {
    return plain(e, name, esc, lang) + trail(e, esc, lang === 'en');
  }

  function plain(e, name, esc, lang) {
    var en = lang === 'en';
    var p = e.payload || {};
    var names = e.names || {};
    function b(x) {
      var id = v(x);
      return id ? '<span class="body-name" title="' + esc(id) + '">' + esc(name(id)) + '</span>' : '';
    }
    function m(x) { return esc(money(x, en)); }
    function doc(id) {
      var no = p.documentNo || p.documentNumber || (p.document && (p.document.number || p.document.documentNo)) ||
        names[v(id)];
      return no ? '<span title="' + esc(v(id) || '') + '">' + esc(no) + '</span>' : '<span class="mono">' + esc(v(id) || '') + '</span>';
    }
    function c(x) { return '<span class="mono">' + esc(v(x) || '') + '</span>'; }
    /** A fund by its display name, the code on hover (the code itself when no name is known). */
    function f(x) {
      var id = v(x);
      return names[id] ? '<span class="fund-name" title="' + esc(id) + '">' + esc(names[id]) + '</span>' : c(id);
    }
    function title(x, code) { return x ? '“' + esc(x) + '”' : c(code); }
    var body = b(p.bodyId || p.regionBodyId);
    switch (key(e.type)) {
      case 'UnionBodyRegistered':
        return en ? 'Registered ' + esc(p.name) + ' (' + label(LEVELS, p.level, en) + ')' + (p.parentId ? ' under ' + b(p.parentId) : '')
          : '登记工会组织 ' + esc(p.name) + '（' + label(LEVELS, p.level, en) + '）' + (p.parentId ? '，上级为 ' + b(p.parentId) : '');
      case 'FundEstablished':
        return en ? body + ' established fund ' + title(p.name, p.fundId) + ' for ' + p.year + ': ' + m(p.total)
          : body + ' 设立 ' + p.year + ' 年资金 ' + title(p.name, p.fundId) + '，总额 ' + m(p.total);
      case 'FundsAllocated':
        return (en ? b(p.fromBodyId) + ' allocated ' + m(p.amount) + ' of ' + f(p.fundId) + ' to ' + b(p.toBodyId) + ' (' +
            doc(p.allocationId) + ')' + (p.requiredMatching ? ', matching required: ' + m(p.requiredMatching) : '')
          : b(p.fromBodyId) + ' 从 ' + f(p.fundId) + ' 向 ' + b(p.toBodyId) + ' 拨付 ' + m(p.amount) + '（' + doc(p.allocationId) + '）' +
            (p.requiredMatching ? '，要求配套 ' + m(p.requiredMatching) : ''));
      case 'AllocationDocumentIssued':
        return en ? b(p.fromBodyId) + ' issued ' + doc(p.documentId) + ' ' + title(p.title, p.documentId) + ' to ' + b(p.toBodyId) +
            ': ' + m(p.amount) + ' from ' + (p.lines || []).map(function (l) { return f(l.fundId); }).join(', ') +
            (p.requiredMatching ? ', matching required: ' + m(p.requiredMatching) : '')
          : b(p.fromBodyId) + ' 向 ' + b(p.toBodyId) + ' 下达 ' + doc(p.documentId) + ' ' + title(p.title, p.documentId) + '，拨付 ' +
            m(p.amount) + '（来源：' + (p.lines || []).map(function (l) { return f(l.fundId); }).join('、') + '）' +
            (p.requiredMatching ? '，要求配套 ' + m(p.requiredMatching) : '');
      case 'OwnFundsCommitted':
        return en ? body + ' committed ' + m(p.amount) + ' of own money (' + f(p.fundId) + ') towards ' + doc(p.documentId)
          : body + ' 以 ' + f(p.fundId) + ' 投入配套 ' + m(p.amount) + '（' + doc(p.documentId) + '）';
      case 'MatchingOutcomeRevised':
        return en ? body + ': matching outcome of ' + doc(p.allocationId) + ' revised (revision ' + p.revision + '): required ' +
            m(p.required) + ', on time ' + m(p.committedByDeadline) + ', shortfall ' + m(p.shortfall)
          : body + ' 配套结果修正（' + doc(p.allocationId) + '，第 ' + p.revision + ' 次）：应配套 ' + m(p.required) + '，按期到位 ' +
            m(p.committedByDeadline) + '，缺口 ' + m(p.shortfall);
      case 'MatchingFundsCommitted':
        return en ? body + ' committed ' + m(p.amount) + ' of matching funds for ' + doc(p.allocationId) + (p.late ? ' (late)' : '')
          : body + ' 为 ' + doc(p.allocationId) + ' 承诺配套资金 ' + m(p.amount) + (p.late ? '（逾期）' : '');
      case 'MatchingShortfallRecorded':
        return en ? body + ' fell short of matching for ' + doc(p.allocationId) + ' by ' + p.deadline + ': required ' +
            m(p.required) + ', committed ' + m(p.committedByDeadline) + ', shortfall ' + m(p.shortfall)
          : body + ' 截至 ' + p.deadline + ' 配套不足（' + doc(p.allocationId) + '）：应配套 ' + m(p.required) + '，按期到位 ' +
            m(p.committedByDeadline) + '，缺口 ' + m(p.shortfall);
      case 'MatchingRequirementMet':
        return en ? body + ' met the matching requirement of ' + doc(p.allocationId) + ' by ' + p.deadline + ': ' +
            m(p.committedByDeadline) + ' of ' + m(p.required)
          : body + ' 按期完成配套（' + doc(p.allocationId) + '）：应配套 ' + m(p.required) + '，到位 ' + m(p.committedByDeadline);
      case 'FixedSubsidiesGranted':
        return en ? b(p.fromBodyId) + ' granted ' + (p.grants || []).length + ' fixed subsidies for ' + p.year + ', ' + m(sum(p.grants))
          : b(p.fromBodyId) + ' 发放 ' + p.year + ' 年定额补助 ' + (p.grants || []).length + ' 笔，合计 ' + m(sum(p.grants));
      case 'ProgrammeOpened':
        return en ? body + ' opened programme ' + title(p.name, p.programmeId) + ' for ' + p.year + ': ' + p.plannedHeadcount +
            ' planned, budget ' + m(sum(p.budget))
          : body + ' 开设 ' + p.year + ' 年疗休养项目 ' + title(p.name, p.programmeId) + '，计划 ' + p.plannedHeadcount + ' 人，预算 ' +
            m(sum(p.budget));
      case 'ProgrammeBudgetAllocated':
        return en ? body + ' budgeted ' + m(sum(p.lines)) + ' for programme ' + c(p.programme)
          : body + ' 为项目 ' + c(p.programme) + ' 安排预算 ' + m(sum(p.lines));
      case 'ProgrammeBudgetToppedUp':
        return en ? 'Programme ' + c(p.programmeId) + ' topped up by ' + m(sum(p.lines))
          : '项目 ' + c(p.programmeId) + ' 追加预算 ' + m(sum(p.lines));
      case 'ProgrammeCharged':
        return en ? body + ' charged ' + m(sum(p.charges)) + ' to programme ' + c(p.programme)
          : body + ' 项目 ' + c(p.programme) + ' 列支 ' + m(sum(p.charges));
      case 'TripAddedToProgramme':
        return en ? 'Trip ' + c(p.tripId) + ' added to programme ' + c(p.programmeId)
          : '项目 ' + c(p.programmeId) + ' 新增团组 ' + c(p.tripId);
      case 'TripScheduled':
        return en ? body + ' scheduled trip ' + c(p.tripId) + ': from ' + p.startDate + ', ' + p.days + ' days, ' +
            m(p.pricePerPersonPerDay) + ' per person per day'
          : body + ' 安排疗休养团组 ' + c(p.tripId) + '：' + p.startDate + ' 出发，' + p.days + ' 天，每人每天 ' + m(p.pricePerPersonPerDay);
      case 'ParticipantsEnrolled':
        return en ? (p.participants || []).length + ' participants enrolled on trip ' + c(p.tripId)
          : '团组 ' + c(p.tripId) + ' 报名 ' + (p.participants || []).length + ' 人';
      case 'TripSettled':
        return en ? 'Trip ' + c(p.tripId) + ' settled: ' + (p.attended || []).length + ' attended, ' + (p.noShows || []).length +
            ' no-shows, total ' + m(p.total)
          : '团组 ' + c(p.tripId) + ' 结算：实到 ' + (p.attended || []).length + ' 人，未到 ' + (p.noShows || []).length + ' 人，合计 ' + m(p.total);
      case 'NoShowRemoved':
        return en ? 'Trip ' + c(p.tripId) + ': a no-show was removed and its charge reversed'
          : '团组 ' + c(p.tripId) + ' 更正：移除未到人员，冲回其费用';
      case 'ParticipantCategoryChanged':
        return en ? 'Trip ' + c(p.tripId) + ': a participant re-categorised from ' + label(CATEGORIES, p.fromCategory, en) +
            ' to ' + label(CATEGORIES, p.toCategory, en)
          : '团组 ' + c(p.tripId) + ' 更正：参加人员类别由' + label(CATEGORIES, p.fromCategory, en) + '改为' + label(CATEGORIES, p.toCategory, en);
      case 'ParticipantRecharged':
        return en ? 'Trip ' + c(p.tripId) + ': a participant re-charged to another funding line'
          : '团组 ' + c(p.tripId) + ' 更正：参加人员改由其他资金列支';
      case 'PostingReversed':
        return en ? 'Posting ' + c(p.originalPostingId) + ' reversed' + (p.reason ? ': ' + esc(p.reason) : '')
          : '冲销记账 ' + c(p.originalPostingId) + (p.reason ? '，原因：' + esc(p.reason) : '');
      case 'SharedCostPosted':
        return en ? 'Shared cost posted: ' + esc(p.description) + ', ' + m(sum(p.shares))
          : '分摊费用：' + esc(p.description) + '，合计 ' + m(sum(p.shares));
      case 'YearClosed':
        return en ? body + ' closed the year ' + p.year : body + ' 办理 ' + p.year + ' 年度结账';
      case 'EligibleWorkersRegistered':
        return en ? body + ' registered eligible workers for ' + p.year : body + ' 登记 ' + p.year + ' 年符合条件职工人数';
      case 'StandardSet':
        return en ? b(p.regionBodyId) + ' set a standard (' + esc(p.kind) + ') from ' + p.effectiveFrom
          : b(p.regionBodyId) + ' 设定标准（' + esc(p.kind) + '），自 ' + p.effectiveFrom + ' 起执行';
      case 'ContractorRegistered':
        return (en ? 'Contractor registered: ' : '登记承办单位：') + esc(p.name);
      case 'DestinationRegistered':
        return (en ? 'Destination registered: ' : '登记疗休养目的地：') + esc(p.name);
      case 'ApprovalPolicyAdopted':
        return en ? body + ' adopted an approval policy from ' + p.validFrom + ' (' + (p.rules || []).length + ' rules)'
          : body + ' 采用审批权限，自 ' + p.validFrom + ' 起生效（' + (p.rules || []).length + ' 条规则）';
      case 'ActProposed':
        return en ? esc((p.proposer || {}).name) + ' (' + body + ') proposed ' + label(ACTS, p.kind, en) + ' ' + c(p.proposalId) +
            ' of ' + m(p.amount) + ', needs ' + (p.steps || []).map(function (x) { return label(STEPS, x, en); }).join(', ')
          : '经办人 ' + esc((p.proposer || {}).name) + '（' + body + '）提交' + label(ACTS, p.kind, en) + ' ' + c(p.proposalId) + '，金额 ' +
            m(p.amount) + '，待' + (p.steps || []).map(function (x) { return label(STEPS, x, en); }).join('、');
      case 'ProposalApproved':
        return en ? esc((p.approver || {}).name) + ' gave the ' + label(STEPS, p.step, en) + ' of ' + c(p.proposalId) + (p.booked ? '; booked' : '')
          : esc((p.approver || {}).name) + ' ' + label(STEPS, p.step, en) + '通过 ' + c(p.proposalId) + (p.booked ? '，已入账' : '');
      case 'ProposalRejected':
        return en ? esc((p.by || {}).name) + ' rejected ' + c(p.proposalId) + ': ' + esc(p.reason)
          : esc((p.by || {}).name) + ' 退回 ' + c(p.proposalId) + '，理由：' + esc(p.reason);
      case 'ProposalWithdrawn':
        return en ? esc((p.by || {}).name) + ' withdrew ' + c(p.proposalId) : '经办人 ' + esc((p.by || {}).name) + ' 撤回 ' + c(p.proposalId);
      default:
        return esc(typeLabel(e.type, lang)) + (e.aggregateId ? ' · ' + c(e.aggregateId) : '');
    }
  }

  window.LedgerSentences = { sentence: sentence, typeLabel: typeLabel, money: money };
}());
