import type { ComponentChildren } from 'preact';

/**
 * A message box. Errors are alerts (read out at once); other messages are polite status updates. A box that
 * is on the page from its first render (a notice after a redirect) needs no live region.
 */
export function Message({
  kind,
  children,
  live = true,
}: {
  kind: 'error' | 'success' | 'info';
  children: ComponentChildren;
  live?: boolean;
}) {
  const role = live ? (kind === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div class={`message message--${kind}`} role={role}>
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}
