import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium on our machines (Playwright's own browser download is not possible here).
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--lang=fr-FR',
      ],
      // With Debian's chromium-l10n, the browser's own language is French: date fields read « jj/mm/aaaa » as on a
      // French user's machine, not « mm/dd/yyyy ». LANGUAGE picks it; LANG stays C.UTF-8, the one UTF-8 locale every
      // machine has (with a fr_FR.UTF-8 the machine lacks, Chromium falls back to ASCII file names and saves every
      // download as « download »).
      env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'fr' },
    },
  },
});
