/**
 * A text shared into the installed app (Web Share Target, see build/offline.ts): Android opens the check page
 * with `?title=…&text=…&url=…`. The service worker answers that address from the device without sending the
 * query anywhere (build/service-worker.js); this module reads the text, takes it out of the address bar and
 * the history entry at once (`history.replaceState`), and hands it to the check page, which puts it in the
 * text box. It is never stored, logged or sent.
 */

/** The parameters of the manifest's `share_target` (`params`), in the order the text is put together. */
export const SHARE_PARAMS = ['title', 'text', 'url'] as const;

let captured: string | undefined;

/**
 * The shared parts joined by line breaks, each once: apps often repeat the title or the link inside the text,
 * so a part that another one contains is left out.
 */
export function sharedTextOf(params: URLSearchParams): string {
  const values = SHARE_PARAMS.map((name) => params.get(name)?.trim() ?? '').filter((value) => value !== '');
  return values
    .filter(
      (value, index) =>
        !values.some((other, at) => at !== index && other.includes(value) && (other !== value || at < index)),
    )
    .join('\n');
}

/**
 * On the check page: keeps a shared text from the address for `takeSharedText()` and removes the share
 * parameters from the address at once. Returns whether the address carried a shared text.
 */
export function captureSharedText(): boolean {
  const url = new URL(window.location.href);
  if (!SHARE_PARAMS.some((name) => url.searchParams.has(name))) return false;
  const text = sharedTextOf(url.searchParams);
  for (const name of SHARE_PARAMS) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  captured = text || undefined;
  return true;
}

/** The shared text captured on this page, once (the next call returns nothing). */
export function takeSharedText(): string | undefined {
  const text = captured;
  captured = undefined;
  return text;
}
