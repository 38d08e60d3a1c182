import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useConsole } from '../session';

/**
 * A link between console pages: a plain `<a href>` (it works in a new tab and without the console's script),
 * followed in place with the History API on an ordinary click.
 */
export function Link({
  href,
  children,
  current = false,
  class: className,
}: {
  href: string;
  children: ComponentChildren;
  /** Marks the link to the page being shown (`aria-current="page"`). */
  current?: boolean;
  class?: string;
}) {
  const { navigate } = useConsole();
  const onClick = (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} class={className} aria-current={current ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
