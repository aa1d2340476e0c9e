/**
 * Copy text to the clipboard: the async Clipboard API where the browser allows it
 * (secure context, permission), else the old select-and-execCommand way on the
 * visible text field, so the user sees what was selected even when both fail.
 */
export async function copyText(text: string, field?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not a secure context: fall through to the fallback.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    // Deprecated but still the only synchronous fallback; returns false when unsupported.
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
