import {
  headingLevelOf,
  isSafeLinkTarget,
  parseMarkdown,
  type MarkdownBlock,
  type MarkdownInline,
} from '@putokaz/core';
import type { JSX } from 'preact';

function Inline({ nodes }: { nodes: readonly MarkdownInline[] }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'strong':
            return (
              <strong key={index}>
                <Inline nodes={node.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={index}>
                <Inline nodes={node.children} />
              </em>
            );
          case 'link':
            return isSafeLinkTarget(node.href) ? (
              <a key={index} href={node.href} rel="noreferrer">
                <Inline nodes={node.children} />
              </a>
            ) : (
              <Inline key={index} nodes={node.children} />
            );
        }
      })}
    </>
  );
}

function Block({ block, headingLevel }: { block: MarkdownBlock; headingLevel: number }) {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${headingLevelOf(block.level, headingLevel)}` as keyof JSX.IntrinsicElements;
      return (
        <Tag>
          <Inline nodes={block.children} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inline nodes={block.children} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <Inline nodes={item} />
        </li>
      ));
      return block.ordered ? (
        <ol start={block.start === 1 ? undefined : block.start}>{items}</ol>
      ) : (
        <ul>{items}</ul>
      );
    }
  }
}

/**
 * Markdown of published content (the safe subset of `@putokaz/core`'s `parseMarkdown`) as Preact elements:
 * text is always a text node, never HTML, and a link keeps only an http(s), tel or mailto address. The public
 * alerts page and the console's preview use this same component, so the preview is what the public sees.
 */
export function Markdown({ source, headingLevel = 3 }: { source: string; headingLevel?: number }) {
  return (
    <>
      {parseMarkdown(source).map((block, index) => (
        <Block key={index} block={block} headingLevel={headingLevel} />
      ))}
    </>
  );
}
