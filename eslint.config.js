import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'artifacts', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['electron/**/*.{ts,tsx,mjs}', 'test/**/*.{ts,tsx,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The boundaries of the house, checked at every `npm test` (test/unit/boundaries.test.ts proves they bite).
  {
    // The engine is plain Node: it runs in its own process, the web host, tests and benches, never with the UI.
    files: ['electron/backend/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Le moteur ne dépend pas d’Electron.' }],
          patterns: [
            { regex: '(^|/)renderer(/|$)', message: 'Le moteur n’importe pas l’interface (renderer/).' },
            {
              regex: '^(react|react-dom|recharts|happy-dom)(/|$)',
              message:
                'Le moteur dessine ses graphiques en SVG texte, sans DOM ni React (documents/charts/).',
            },
            {
              regex: '(^|/)main(/|$)',
              message: 'Le moteur n’importe pas le shell Electron (electron/main).',
            },
            { regex: '(^|/)preload(/|$)', message: 'Le moteur n’importe pas le preload.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ is the contract: pure TypeScript and zod, nothing from the engine, the UI, Node or the DOM.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$)(?!\\.{1,2}/)',
              message: 'Le contrat (shared/) n’importe que lui-même et zod.',
            },
            {
              regex: '^(\\.\\./)+(electron|renderer|test)(/|$)',
              message: 'Le contrat (shared/) n’importe ni le moteur, ni l’interface, ni les tests.',
            },
          ],
        },
      ],
    },
  },
  {
    // The UI talks to the engine only through the API client: no engine, no Electron, no Node, no database.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'kysely'],
          patterns: [
            { regex: '^node:', message: 'L’interface ne dépend pas de Node.' },
            {
              regex: '(^|/)electron(/|$)',
              message: 'L’interface n’importe pas le moteur ni le shell (electron/).',
            },
          ],
        },
      ],
    },
  },
  {
    // The sandboxed preload may load only `electron`: the build writes the contract's method names into it.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$)',
              message:
                'Le preload n’importe qu’electron : la liste des méthodes y est écrite à la construction.',
            },
          ],
        },
      ],
    },
  },
  {
    // One data path: the raw SQLite connection, better-sqlite3 itself and SQL written by hand (Kysely's `sql`),
    // only in the files that own their SQL (repositories, bulk writers, db/); everything else goes through them
    // or through the query builder (`ctx.db`).
    files: ['electron/backend/**/*.{ts,tsx}'],
    ignores: [
      'electron/backend/db/**',
      'electron/backend/**/*Repository.ts',
      'electron/backend/**/repository.ts',
      'electron/backend/**/bulk*.ts',
      // Where the context is declared and built from the open database.
      'electron/backend/context.ts',
      'electron/backend/backend.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[property.name='sqlite']",
          "ObjectPattern > Property[key.name='sqlite']",
          "ImportDeclaration[source.value='better-sqlite3']",
        ].map((selector) => ({
          selector,
          message:
            'La connexion SQLite brute ne sert que dans un fichier *Repository.ts, repository.ts, bulk*.ts ou db/ : passez par le dépôt du domaine ou par Kysely (ctx.db).',
        })),
        {
          // Raw SQL text written with Kysely's `sql` template: the same rule as the raw connection.
          selector: "ImportDeclaration[source.value='kysely'] > ImportSpecifier[imported.name='sql']",
          message:
            'Le SQL écrit à la main (`sql` de Kysely) ne sert que dans un fichier *Repository.ts, repository.ts, bulk*.ts ou db/ : le reste passe par le constructeur de requêtes.',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
