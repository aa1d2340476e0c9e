import { describe, expect, it } from 'vitest';
import { deferScripts, shellMarkup } from '../../scripts/vite-plugins/prerender-shell';

const built = `<head>
    <title>Underlagskollen</title>
    <script src="./shell.js"></script>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-1.js">
    <link rel="modulepreload" crossorigin href="./assets/zod-2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-3.css">
  </head>`;

describe('the prerendered first paint', () => {
  it('moves the entry script and its preloads into shell.js, keeping the stylesheet', () => {
    const html = deferScripts(built);
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain(
      '<script src="./shell.js" data-entry="./assets/index-abc.js" data-preload="./assets/react-1.js ./assets/zod-2.js"></script>',
    );
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-3.css">');
  });

  it('refuses a page without an entry script rather than shipping a page that never starts', () => {
    expect(() => deferScripts('<head><script src="./shell.js"></script></head>')).toThrow(
      /no module entry script/,
    );
  });

  it('writes the header and the top of the case list in Swedish from the locale files', () => {
    const markup = shellMarkup();
    expect(markup).toContain('<h1>Mina ärenden</h1>');
    expect(markup).toContain('Hoppa till innehållet');
    expect(markup).toContain('<main id="main-content" class="app-main" tabindex="-1">');
    // The language button exists but does nothing until the app has started.
    expect(markup).toMatch(
      /<button type="button" class="lang-switch" lang="en" disabled>English<\/button>/,
    );
  });
});
