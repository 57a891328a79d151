import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: { type: string }, name?: string): node is JsxElement {
  const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  return jsx && (name === undefined || (node as JsxElement).name === name);
}

/** The string value of a JSX attribute (`name="value"`), or undefined. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function setJsxAttribute(node: JsxElement, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Chapter number from a file named `NN-slug.mdx`, or undefined (MDX strings in tests). */
export function chapterNumberOf(file: VFile): number | undefined {
  const match = /(?:^|[\\/])(\d+)-[^\\/]*\.mdx$/.exec(file.path ?? '');
  return match ? Number(match[1]) : undefined;
}

/** "3.2" inside chapter 3, "2" in a file without a chapter number. */
export function numberLabel(file: VFile, n: number): string {
  const chapter = chapterNumberOf(file);
  return chapter === undefined ? String(n) : `${chapter}.${n}`;
}

/** Where an error points: `content/x.mdx:12` or just the file. */
export function where(file: VFile, node?: { position?: { start: { line: number } } }): string {
  const name = file.path ? file.path.replace(/^.*?(content[\\/])/, '$1') : '<mdx>';
  return node?.position ? `${name}:${node.position.start.line}` : name;
}
