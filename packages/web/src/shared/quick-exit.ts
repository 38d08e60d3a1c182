import { DEFAULT_SITE_CONFIG, SITE_META_NAMES, isExitUrl, readMeta } from './site';

/** Marks the element (a link whose `href` is the exit destination) that triggers the quick exit. */
export const QUICK_EXIT_SELECTOR = '[data-quick-exit]';
const OVERLAY_CLASS = 'quick-exit-overlay';
/** Shift pressed this many times, each press within `SHIFT_WINDOW_MS` of the one before, leaves the page. */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

/** What pages drop before the quick exit leaves (the text typed into a form, a result on screen). */
const beforeExitHandlers = new Set<() => void>();

/**
 * Registers something to clear when the quick exit is used; it runs synchronously, before the page is covered
 * and left. Returns the function that unregisters it (for a component's cleanup).
 */
export function onQuickExit(handler: () => void): () => void {
  beforeExitHandlers.add(handler);
  return () => beforeExitHandlers.delete(handler);
}

function exitDestination(trigger?: Element | null): string {
  const fromMeta = readMeta(SITE_META_NAMES.exitUrl);
  if (fromMeta && isExitUrl(fromMeta)) return fromMeta;
  const fromLink = trigger?.getAttribute('href');
  if (fromLink && isExitUrl(fromLink)) return fromLink;
  return DEFAULT_SITE_CONFIG.exitUrl;
}

/**
 * Leaves at once: covers the page with a blank overlay (so nothing stays readable while the next site loads),
 * then replaces the current history entry with the neutral site, so the back button does not lead here.
 */
export function quickExit(destination: string = exitDestination()): void {
  for (const handler of beforeExitHandlers) {
    try {
      handler();
    } catch {
      // Leaving comes first: a page that fails to clear up must not keep the person here.
    }
  }
  if (!document.querySelector(`.${OVERLAY_CLASS}`)) {
    const overlay = document.createElement('div');
    overlay.className = OVERLAY_CLASS;
    document.body.append(overlay);
  }
  window.location.replace(destination);
}

/**
 * Wires the quick exit: a click on the exit link (which still works as a plain link without JavaScript) and
 * Shift pressed three times. Shift used as a modifier (Shift+A) does not count. Installed before anything
 * else runs on the page so it works while the rest is still loading.
 */
export function installQuickExit(): void {
  document.addEventListener('click', (event) => {
    const trigger = event.target instanceof Element ? event.target.closest(QUICK_EXIT_SELECTOR) : null;
    if (!trigger) return;
    event.preventDefault();
    quickExit(exitDestination(trigger));
  });

  let presses = 0;
  let lastPress = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.altKey || event.ctrlKey || event.metaKey) {
      presses = 0;
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    presses = now - lastPress <= SHIFT_WINDOW_MS ? presses + 1 : 1;
    lastPress = now;
    if (presses >= SHIFT_PRESSES) {
      presses = 0;
      quickExit(exitDestination(document.querySelector(QUICK_EXIT_SELECTOR)));
    }
  });

  // A page restored from the back-forward cache must be usable again, not blank.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted)
      document.querySelectorAll(`.${OVERLAY_CLASS}`).forEach((overlay) => overlay.remove());
  });
}
