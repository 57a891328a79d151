import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Han characters and CJK/full-width punctuation. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const BREAK_BETWEEN = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'g');
const ENDS_CJK_BREAK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*$`);
const STARTS_CJK = new RegExp(`^[${CJK}]`);
const ENDS_CJK = new RegExp(`[${CJK}]$`);
const BREAK_CJK_START = new RegExp(`^[ \\t]*\\n[ \\t]*(?=[${CJK}])`);

/**
 * Chinese prose is wrapped across source lines like English, but a browser renders a line break
 * between two Han characters as a space (Chinese has none). This joins such lines: a soft break
 * whose neighbours on both sides are CJK characters disappears, inside a text node or where a
 * text node ends and the next phrasing node (bold, a link, a <Term>) starts with CJK text.
 * English text is untouched (it has no CJK neighbours).
 */
export function remarkCjkLineBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      node.value = node.value.replace(BREAK_BETWEEN, '$1');
      if (!parent || index === undefined) return;
      const next = parent.children[index + 1];
      if (next && ENDS_CJK_BREAK.test(node.value) && STARTS_CJK.test(firstText(next))) {
        node.value = node.value.replace(ENDS_CJK_BREAK, '$1');
      }
      const previous = index > 0 ? parent.children[index - 1] : undefined;
      if (previous && BREAK_CJK_START.test(node.value) && ENDS_CJK.test(lastText(previous))) {
        node.value = node.value.replace(BREAK_CJK_START, '');
      }
    });
  };
}

type Node = { type: string; value?: unknown; children?: Node[] };

function lastText(node: Node): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  const last = node.children?.at(-1);
  return last ? lastText(last) : '';
}

function firstText(node: Node): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  const first = node.children?.[0];
  return first ? firstText(first) : '';
}
