import { describe, expect, it } from 'vitest';
import { deferScripts, screenChunks } from '../../scripts/vite-plugins/prerender-shell';

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

  it('fetches the screens chunk and its imports with the entry, but never the entry twice', () => {
    const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
      type: 'chunk',
      fileName,
      imports,
      facadeModuleId,
    });
    const bundle = {
      'assets/index-abc.js': chunk('assets/index-abc.js', ['assets/react-1.js'], '/p/src/main.tsx'),
      'assets/react-1.js': chunk('assets/react-1.js', []),
      'assets/App-9.js': chunk(
        'assets/App-9.js',
        ['assets/index-abc.js', 'assets/session-8.js'],
        '/p/src/app/App.tsx',
      ),
      'assets/session-8.js': chunk('assets/session-8.js', ['assets/react-1.js']),
      'assets/docx-7.js': chunk('assets/docx-7.js', [], '/p/src/appendix/docx-writer.ts'),
    };
    const extra = screenChunks(bundle);
    expect(extra).not.toContain('./assets/docx-7.js');
    expect(deferScripts(built, extra)).toContain(
      'data-preload="./assets/react-1.js ./assets/zod-2.js ./assets/App-9.js ./assets/session-8.js"',
    );
  });
});
