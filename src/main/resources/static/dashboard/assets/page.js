/*
 * The shell of the dashboard's stand-alone pages (import.html, relief.html), imported by their modules: the red
 * header with the brand, the way back and the language toggle; the dashboard's sign-in of this tab (sessionStorage)
 * and its language setting (localStorage); texts by data-t key, Chinese first. A page calls LedgerPage(texts, redraw)
 * once its DOM is parsed (a module runs deferred); redraw repaints what the page drew itself in the new language.
 */
var AUTH_KEY = 'ledger.dashboard.auth';
var LANG_KEY = 'ledger.dashboard.lang';
var HEADER = '<header class="top">'
  + '<div class="brand"><img src="assets/favicon.svg" alt="" width="28" height="28"> <span data-t="title"></span></div>'
  + '<nav><a href="index.html" data-t="back" data-testid="back-to-dashboard"></a></nav>'
  + '<div class="top-right"><button id="lang" type="button" class="link-button">EN</button></div>'
  + '</header>';

function stored(storage, key) { try { return window[storage].getItem(key); } catch (e) { return null; } }

export function LedgerPage(T, redraw) {
  var lang = stored('localStorage', LANG_KEY) === 'en' ? 'en' : 'zh';
  var page = {
    auth: stored('sessionStorage', AUTH_KEY),
    lang: function () { return lang; },
    $: function (id) { return document.getElementById(id); },
    t: function (k) { return T[lang][k] || k; },
    esc: function (s) { return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); },
    texts: function () {
      document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = page.t(el.getAttribute('data-t')); });
      page.$('lang').textContent = lang === 'zh' ? 'EN' : '中文';
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      redraw();
    },
    /* The toggle switches this page and, through localStorage, the dashboard. */
    toggle: function () {
      page.$('lang').addEventListener('click', function () {
        lang = lang === 'zh' ? 'en' : 'zh';
        try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode: not kept */ }
        page.texts();
      });
    }
  };
  document.body.insertAdjacentHTML('afterbegin', HEADER);
  return page;
}
