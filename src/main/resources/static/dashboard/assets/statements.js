/*
 * 年终结账 page (auditors): every sealed year the user may read, by body — when it was sealed, its global sequence,
 * whether its signed statement checks with the published public key, how many corrections were booked against the
 * seal — and the statement to take away as JSON, PDF or HTML (signed; `cli audit check-report` checks any of them
 * offline with the public key). Everything comes from /api/v1/audit/year-statements with the user's credentials.
 */
(function () {
  'use strict';

  var S = '/api/v1/audit/year-statements';
  var FORMATS = [['pdf', '/pdf'], ['json', ''], ['html', '/html']];

  window.addTexts({
    navStatements: ['年终结账', 'Year close'],
    statementsTitle: ['年终结账封存报表', 'Sealed year statements'],
    statementsIntro: ['已封存年度的试算平衡表，经审计密钥签名。下载后可离线核验：cli audit check-report 文件 --public-key 公钥文件（无需账号，无需连接账本）。',
      'The trial balances of sealed years, signed with the audit key. Downloaded copies are checked offline: cli audit check-report FILE --public-key KEY (no account, no connection to the ledger).'],
    statementsNone: ['尚无已封存的年度。', 'No year has been sealed yet.'],
    stBody: ['单位', 'Body'], stYear: ['年度', 'Year'], stSealedAt: ['封存时间（北京时间）', 'Sealed at (Beijing time)'],
    stSequence: ['全局序号', 'Global sequence'], stSignature: ['签名', 'Signature'],
    stCorrections: ['封存后更正', 'Corrections after the seal'], stDownload: ['下载', 'Download'],
    stHolds: ['有效', 'holds'], stBroken: ['无效', 'does NOT hold'], stKey: ['密钥 {0}', 'key {0}'],
    stTotal: ['合计 {0} 个封存年度', 'Total: {0} sealed years'],
    stCorrection: ['{0} 冲销 {1}（{2}，{3}）', '{0} reverses {1} ({2}, {3})']
  });

  function kit() { return window.ledgerDashboard.kit; }

  function render() {
    var k = kit();
    var t = k.t;
    return k.api(S).then(function (seals) {
      seals.sort(function (a, b) {
        return a.bodyName.localeCompare(b.bodyName, 'zh-CN') || a.bodyId.localeCompare(b.bodyId) || a.year - b.year;
      });
      var rows = seals.map(function (s) {
        return '<tr data-testid="seal-row" data-seal="' + k.esc(s.sealId) + '"><td title="' + k.esc(s.bodyId) + '">' +
          k.esc(s.bodyName) + '</td><td>' + s.year + '</td><td>' + k.esc(s.sealedAtLocal) + '</td><td class="num">' +
          s.gseq + '</td><td data-testid="seal-signature" class="' + (s.signatureHolds ? 'ok' : 'error') + '" title="' +
          k.esc(t('stKey', s.keyId)) + '">' + (s.signatureHolds ? '✓ ' + k.esc(t('stHolds')) : '✗ ' + k.esc(t('stBroken'))) +
          '</td><td class="num" data-testid="seal-corrections">' + s.corrections + corrections(s) + '</td><td>' +
          FORMATS.map(function (f) {
            return '<button type="button" class="secondary" data-statement="' + k.esc(s.bodyId) + '/' + s.year + f[1] +
              '" data-testid="statement-' + f[0] + '">' + f[0].toUpperCase() + '</button>';
          }).join(' ') + '</td></tr>';
      }).join('');
      var table = seals.length === 0 ? '<p class="muted" data-testid="statements-none">' + k.esc(t('statementsNone')) + '</p>'
        : '<table data-testid="statements-table"><thead><tr>' + [[t('stBody')], [t('stYear')], [t('stSealedAt')],
          [t('stSequence'), 'num'], [t('stSignature')], [t('stCorrections'), 'num'], [t('stDownload')]].map(function (h) {
            return '<th' + (h[1] ? ' class="num"' : '') + '>' + k.esc(h[0]) + '</th>';
          }).join('') + '</tr></thead><tbody>' + rows + '</tbody><tfoot><tr class="total-row"><td colspan="7">' +
          k.esc(t('stTotal', seals.length)) + '</td></tr></tfoot></table>';
      var html = '<div class="page-head"><div><h1 data-testid="title">' + k.esc(t('statementsTitle')) + '</h1><p class="muted">' +
        k.esc(t('statementsIntro')) + '</p></div></div><div class="card table-card">' + table + '</div>';
      return { html: html, after: wire };
    });
  }

  /** The corrections booked against the seal: correction, original posting, reason, when (Beijing time). */
  function corrections(s) {
    var k = kit();
    if (!s.correctionsAfterSeal || s.correctionsAfterSeal.length === 0) { return ''; }
    return '<ul class="corrections" data-testid="seal-correction-list">' + s.correctionsAfterSeal.map(function (c) {
      return '<li>' + k.esc(k.t('stCorrection', c.correctionPostingId, c.originalPostingId, c.reason || '—',
        c.recordedAtLocal)) + '</li>';
    }).join('') + '</ul>';
  }

  function wire() {
    document.querySelectorAll('#view [data-statement]').forEach(function (b) {
      b.addEventListener('click', function () { download(b.getAttribute('data-statement')); });
    });
  }

  function download(path) {
    var k = kit();
    k.api(S + '/' + path, { accept: '*/*', response: true }).then(function (response) {
      var m = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '');
      return response.blob().then(function (blob) { k.download(m ? m[1] : 'year-statement', blob); });
    }).catch(function (e) { k.toast(e.message); });
  }

  window.LedgerPages = window.LedgerPages || {};
  window.LedgerPages.statements = {
    nav: 'navStatements',
    keep: false,
    allowed: function (me) { return me.readsBusinessData; },
    render: render
  };
}());
