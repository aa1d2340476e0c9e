/*
 * Runs before the first paint (a file, since the Content-Security-Policy allows no
 * inline script). The prerendered page in index.html shows the top of the case list
 * in Swedish: hide that text for a deep link (#/case/...), and keep the Swedish words
 * invisible (but in place) for a user who chose English, until the app has rendered.
 *
 * In the built app it then starts the app's module scripts (named in its data
 * attributes by scripts/vite-plugins/prerender-shell.ts) right after the first
 * paint, so the page shows from HTML and CSS alone.
 */
(function () {
  var root = document.documentElement;
  var hash = location.hash;
  if (hash && hash !== '#' && hash !== '#/') root.classList.add('deep-link');
  try {
    // src/storage/ui-language.ts writes {"format":"underlagskollen-ui-language","version":1,
    // "language":"en"}; builds before the record had a version wrote the bare value "en".
    var lang = localStorage.getItem('ulk:language');
    if (lang && lang.charAt(0) === '{') lang = JSON.parse(lang).language;
    if (lang === 'en') root.classList.add('lang-en');
  } catch (e) {
    /* storage disabled or an unreadable record: Swedish it is */
  }

  var me = document.currentScript;
  var entry = me && me.getAttribute('data-entry');
  if (!entry) return; // the dev server loads the app itself
  var preloads = (me.getAttribute('data-preload') || '').split(' ').filter(Boolean);

  function start() {
    for (var i = 0; i < preloads.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = preloads[i];
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.appendChild(script);
  }

  function afterPaint() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
  else afterPaint();
})();
