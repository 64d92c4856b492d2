/*
 * 审批 Approvals page (maker-checker, docs/ledger.md §9): for a reviewer (审核) or approver (审批) the inbox of 待审批
 * proposals of their body, each with its effect on balances (the preview legs) and the approve / reject-with-reason
 * buttons; for everyone who reads the body, its proposals with their status and who signed when. Uses the proposal
 * API with the user's own credentials, so the ledger's own checks (role, scope, self-approval) apply; refreshed by the
 * live feed like every page.
 */
(function () {
  'use strict';

  window.addTexts({
    navApprovals: ['审批', 'Approvals'], approvalsTitle: ['{0} · 审批', '{0} · approvals'],
    inboxTitle: ['待审批', 'Pending approval'], proposalsTitle: ['本单位提交的业务', 'Proposals of this body'],
    inboxEmpty: ['没有待您审核或审批的业务。', 'Nothing waits for your review or approval.'],
    colAct: ['业务', 'Act'], colProposal: ['编号', 'Id'], colProposer: ['经办人', 'Proposed by'],
    colProgress: ['审核 / 审批', 'Review / approval'], colEffect: ['对余额的影响', 'Effect on balances'],
    colAction: ['操作', 'Action'], doReview: ['审核通过', 'Review: pass'], doApprove: ['审批通过', 'Approve'],
    doReject: ['退回', 'Reject'], rejectReason: ['退回理由', 'Reason for rejecting'],
    matchingOwed: ['要求下级配套 {0}%，截止 {1}', 'Matching required of the receiver: {0}%, by {1}'],
    reasonNeeded: ['请填写退回理由。', 'Please give the reason.'], signed: ['已签批', 'Signed'],
    pSTATUS_PENDING: ['待审批', 'Pending approval'], pSTATUS_APPROVED: ['已审批入账', 'Approved and booked'],
    pSTATUS_REJECTED: ['已退回', 'Rejected'], pSTATUS_WITHDRAWN: ['已撤回', 'Withdrawn'],
    stepREVIEW: ['审核', 'review'], stepAPPROVE: ['审批', 'approval'],
    actESTABLISH_FUND: ['设立资金', 'Fund establishment'], actALLOCATION: ['上级补助拨付', 'Allocation'],
    actALLOCATION_DOCUMENT: ['补助拨付文件', 'Allocation document'], actSUBSIDY_BATCH: ['定额补助发放', 'Subsidy batch'],
    actSHARED_COST: ['分摊费用', 'Shared cost'], actREVERSAL: ['冲销更正', 'Reversal'], actYEAR_CLOSE: ['年度结账', 'Year close']
  });

  var SIGNERS = ['REVIEWER', 'APPROVER'];

  function kit() { return window.ledgerDashboard.kit; }

  function named(k, name, code) { return '<span title="' + k.esc(code) + '">' + k.esc(name || code) + '</span>'; }

  function localTime(iso) { return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : ''; }

  function progress(k, p) {
    return p.steps.map(function (s, i) {
      var a = p.approvals[i];
      return k.esc(k.t('step' + s)) + (a ? '：' + k.esc(a.name) + ' <span class="muted">' + k.esc(localTime(a.at)) + '</span>'
        : (p.status === 'PENDING' ? '：' + k.esc(k.t('pSTATUS_PENDING')) : ''));
    }).join('<br>');
  }

  function effect(k, p) {
    return p.legs.map(function (l) {
      return named(k, l.bodyName, l.bodyId) + ' ' + k.esc(l.fund || '') + (l.earmark ? '·' + k.esc(l.earmark) : '') + ' ' +
        '<span class="num">' + k.yuan(l.amount) + '</span>';
    }).join('<br>') + (p.matching ? '<br><span data-testid="matching-' + k.esc(p.proposalId) + '">' +
      k.esc(k.t('matchingOwed', p.matching.ratioBasisPoints / 100, p.matching.deadline)) + '</span>' : '');
  }

  function row(k, p, actions) {
    return '<tr data-key="' + k.esc(p.proposalId) + '">' + [named(k, p.bodyName, p.bodyId), k.esc(k.t('act' + p.kind)),
      '<span class="mono">' + k.esc(p.proposalId) + '</span>', k.yuan(p.amount), k.esc(p.date),
      k.esc(p.proposer.name) + ' <span class="muted">' + k.esc(localTime(p.proposer.at)) + '</span>', progress(k, p),
      effect(k, p), actions ? actions(p) : '<span data-testid="status-' + k.esc(p.proposalId) + '">' +
        k.esc(k.t('pSTATUS_' + p.status)) + (p.reason ? '：' + k.esc(p.reason) : '') + '</span>'].map(function (html, n) {
      return k.td(html, n === 3);
    }).join('') + '</tr>';
  }

  function buttons(k) {
    return function (p) {
      var id = k.esc(p.proposalId);
      return '<button type="button" class="primary" data-act="approve" data-id="' + id + '" data-ledger="' + k.esc(p.ledgerId) +
        '" data-testid="approve-' + id + '">' + k.esc(k.t(p.nextStep === 'REVIEW' ? 'doReview' : 'doApprove')) + '</button> ' +
        '<input data-reason="' + id + '" placeholder="' + k.esc(k.t('rejectReason')) + '" data-testid="reason-' + id + '"> ' +
        '<button type="button" data-act="reject" data-id="' + id + '" data-ledger="' + k.esc(p.ledgerId) +
        '" data-testid="reject-' + id + '">' + k.esc(k.t('doReject')) + '</button>';
    };
  }

  function render(ctx) {
    var k = kit();
    var me = window.ledgerDashboard.state.me;
    var body = me.body || ctx.region;
    var signer = SIGNERS.indexOf(me.role) >= 0;
    return Promise.all([signer ? k.api('/api/v1/proposals/inbox') : Promise.resolve([]),
      k.api('/api/v1/bodies/' + encodeURIComponent(body) + '/proposals'), k.body(body)]).then(function (d) {
      var headers = ['colBody', 'colAct', 'colProposal', '#colTotal', 'colDate', 'colProposer', 'colProgress', 'colEffect',
        signer ? 'colAction' : 'colStatus'].map(function (c) {
        return c.charAt(0) === '#' ? { label: k.t(c.substring(1)), num: true } : { label: k.t(c) };
      });
      var statusHeaders = headers.slice(0, 8).concat([{ label: k.t('colStatus') }]);
      var inbox = signer ? (d[0].length ? k.tableCard('inbox', k.t('inboxTitle'), headers,
        d[0].map(function (p) { return row(k, p, buttons(k)); }).join('')) : '<p class="notice empty" data-testid="inbox-empty">' +
        k.esc(k.t('inboxEmpty')) + '</p>') : '';
      var html = '<div class="page-head"><div><h1 data-testid="title">' + k.esc(k.t('approvalsTitle', d[2].name)) +
        '</h1></div><span class="stamp" data-testid="stamp">' + k.esc(k.t('updated', k.now())) + '</span></div>' + inbox +
        k.tableCard('proposals', k.t('proposalsTitle'), statusHeaders, d[1].map(function (p) { return row(k, p); }).join(''));
      return { html: html, after: function () { wire(k); } };
    });
  }

  function wire(k) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-act]'), function (button) {
      button.addEventListener('click', function () {
        var id = button.getAttribute('data-id');
        var base = '/api/v1/ledgers/' + encodeURIComponent(button.getAttribute('data-ledger')) + '/proposals/' +
          encodeURIComponent(id);
        var reject = button.getAttribute('data-act') === 'reject';
        var reason = document.querySelector('[data-reason="' + id + '"]').value.trim();
        if (reject && !reason) { k.toast(k.t('reasonNeeded')); return; }
        button.disabled = true;
        var payload = reject ? { reason: reason } : { approvalId: 'W-' + Date.now() + '-' + Math.floor(Math.random() * 1e6) };
        k.api(base + (reject ? '/rejections' : '/approvals'), { method: 'POST', contentType: 'application/json',
          body: JSON.stringify(payload) }).then(function () {
          k.toast(k.t('signed'));
          return window.ledgerDashboard.refresh();
        }).catch(function (e) {
          button.disabled = false;
          k.toast((window.LedgerRefusals && window.LedgerRefusals.message(e.problem)) || e.message);
        });
      });
    });
  }

  window.LedgerPages = window.LedgerPages || {};
  window.LedgerPages.approvals = {
    nav: 'navApprovals',
    keep: false,
    allowed: function (me) { return me.role === 'CLERK' || SIGNERS.indexOf(me.role) >= 0; },
    render: render
  };
}());
