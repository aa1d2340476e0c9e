/**
 * Put a case into the page's localStorage before the app starts, the way
 * src/storage/case-storage.ts stores it (`ulk:case:<id>`, a version-1 envelope).
 * Only once: later navigations in the same test must not overwrite what the app saved.
 */
import type { Page } from '@playwright/test';

export async function seedCase(page: Page, id: string, answers: Record<string, unknown>) {
  const at = '2026-03-01T10:00:00.000Z';
  const envelope = {
    format: 'underlagskollen-case',
    version: 1,
    savedAt: at,
    case: { id, createdAt: at, updatedAt: at, answers },
  };
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [`ulk:case:${id}`, JSON.stringify(envelope)] as const,
  );
}
