/**
 * Keeps the keyboard user's place when React replaces the prerendered first
 * paint (scripts/vite-plugins/prerender-shell.ts). Someone may Tab into the
 * shell's links before the scripts have run; when React swaps in the same
 * markup, the focused node is gone and focus would fall to <body>. We follow
 * focus inside the shell and, at hand-over, focus the matching new element.
 */
let lastFocused: string | null = null;
let stopWatching: (() => void) | null = null;

/** A selector that finds the same control in React's markup (same tag, classes, href). */
export function describeElement(el: Element): string {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const classes = [...el.classList].map((c) => `.${CSS.escape(c)}`).join('');
  const href = el.getAttribute('href');
  return `${el.tagName.toLowerCase()}${classes}${href !== null ? `[href="${CSS.escape(href)}"]` : ''}`;
}

export function watchShellFocus(root: HTMLElement) {
  if (!root.classList.contains('shell')) return;
  const onFocus = (e: FocusEvent) => {
    if (e.target instanceof Element && root.contains(e.target))
      lastFocused = describeElement(e.target);
  };
  document.addEventListener('focusin', onFocus);
  if (document.activeElement && root.contains(document.activeElement)) {
    lastFocused = describeElement(document.activeElement);
  }
  stopWatching = () => document.removeEventListener('focusin', onFocus);
}

/** At hand-over: put focus back where the user had it, if it fell to <body>. */
export function restoreShellFocus(root: HTMLElement | null) {
  stopWatching?.();
  stopWatching = null;
  const selector = lastFocused;
  lastFocused = null;
  if (!selector || !root) return;
  if (document.activeElement && document.activeElement !== document.body) return;
  root.querySelector<HTMLElement>(selector)?.focus();
}
