import type { ComponentChildren } from 'preact';

/**
 * A data table with its caption, in a region that scrolls sideways on a narrow screen (the page itself
 * never does); the region is focusable so keyboard users can scroll it too.
 */
export function Table({
  id,
  caption,
  children,
}: {
  id: string;
  caption: string;
  children: ComponentChildren;
}) {
  const captionId = `${id}-caption`;
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabindex={0}>
      <table id={id} class="data-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
