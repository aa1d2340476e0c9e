import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../scripts/vite-plugins/prerender-shell';

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
});
