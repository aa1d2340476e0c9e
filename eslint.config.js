import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// ---- the layers, enforced (docs/architecture.md) ---------------------------------------------

const LAYERS =
  'Layers: checklist <- format <- appendix <- storage/config/session/routing/i18n <- ui <- app.';
const services = ['storage', 'config', 'session', 'routing', 'i18n'];
const uiFeatures = [
  'cases',
  'checklist',
  'demo',
  'followup',
  'pages',
  'preview',
  'review',
  'settings',
];

const layerZones = [
  {
    target: './src/checklist',
    from: [
      './src/format',
      './src/appendix',
      ...services.map((d) => `./src/${d}`),
      './src/ui',
      './src/app',
    ],
    message: `src/checklist is the pure domain and imports nothing else of the app. ${LAYERS}`,
  },
  {
    target: './src/format',
    from: ['./src/appendix', ...services.map((d) => `./src/${d}`), './src/ui', './src/app'],
    message: `src/format (the pure codecs of stored and exported files) may import only src/checklist. ${LAYERS}`,
  },
  {
    target: './src/appendix',
    from: [...services.map((d) => `./src/${d}`), './src/ui', './src/app'],
    message: `src/appendix may import only src/format and src/checklist. ${LAYERS}`,
  },
  ...services.map((d) => ({
    target: `./src/${d}`,
    from: ['./src/ui', './src/app'],
    message: `src/${d} may import src/checklist, src/format, src/appendix and the other services, never the screens. ${LAYERS}`,
  })),
  {
    target: './src/ui',
    from: './src/app',
    message: `src/ui may not import src/app (the top). Move what screens need into src/session or src/routing. ${LAYERS}`,
  },
  ...['common', ...uiFeatures].map((feature) => ({
    target: `./src/ui/${feature}`,
    from: './src/ui',
    except: feature === 'common' ? ['./common'] : [`./${feature}`, './common'],
    message:
      feature === 'common'
        ? 'src/ui/common is shared by every screen and imports no feature of src/ui.'
        : `src/ui/${feature} may import only itself and src/ui/common; move what is shared into src/ui/common.`,
  })),
];

// Browser storage and file reading: only src/storage (public/shell.js is the documented exception).
const storageGlobals = ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'FileReader'];
const storageMessage =
  'Only src/storage touches browser storage, caches and files: add a function there and call it.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers (docs/architecture.md): each imports only the layers below it.
    //   checklist <- format <- appendix <- storage / config / session / routing / i18n <- ui <- app
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    // Only src/appendix knows the Word format.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/appendix/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['docx', 'jszip'].map((name) => ({
            name,
            message: `Only src/appendix imports ${name}: build or read the Word file there.`,
          })),
        },
      ],
    },
  },
  {
    // Only src/storage touches browser storage, the service worker's caches and file reading.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...storageGlobals.map((name) => ({ name, message: storageMessage })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          storageGlobals.map((property) => ({ object, property, message: storageMessage })),
        ),
      ],
    },
  },
  {
    // A classic script that runs in the page before the app (see prerender-shell.ts). The one
    // exception to "only src/storage touches browser storage": it reads the UI language
    // (src/storage/ui-language.ts writes it) before any module has loaded.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
