// Annals reader: choosing an event highlights the pieces of text that are its evidence and shows its coding.
// Served as a static file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  function esc(id) {
    return window.CSS && CSS.escape ? CSS.escape(id) : id.replace(/[^A-Za-z0-9_-]/g, '\\$&');
  }

  function choose(button, scroll) {
    var id = button.getAttribute('data-ev');
    var wasOn = button.getAttribute('aria-pressed') === 'true';
    document.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    document.querySelectorAll('button.event[aria-pressed="true"]').forEach(function (b) {
      b.setAttribute('aria-pressed', 'false');
      var c = document.getElementById(b.getAttribute('aria-controls'));
      if (c) { c.hidden = true; }
    });
    var status = document.getElementById('ev-status');
    if (wasOn) {
      if (status) { status.textContent = 'Highlight cleared.'; }
      return;
    }
    button.setAttribute('aria-pressed', 'true');
    var coding = document.getElementById(button.getAttribute('aria-controls'));
    if (coding) { coding.hidden = false; }
    var pieces = document.querySelectorAll('#text [data-ev~="' + esc(id) + '"]');
    pieces.forEach(function (el) { el.classList.add('hl'); });
    if (status) {
      status.textContent = 'Evidence of ' + button.textContent + ' highlighted in the text.';
    }
    if (scroll && pieces.length > 0) {
      pieces[0].scrollIntoView({block: 'center'});
    }
  }

  function init() {
    document.querySelectorAll('button.event').forEach(function (b) {
      b.addEventListener('click', function () { choose(b, true); });
    });
    var hash = window.location.hash;
    if (hash && hash.indexOf('#ev-') === 0) {
      var li = document.getElementById(decodeURIComponent(hash.substring(1)));
      var b = li && li.querySelector('button.event');
      if (b) { choose(b, true); }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
