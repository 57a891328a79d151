import type { Heading, List, Nodes, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { valueToEstree } from 'estree-util-value-to-estree';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute, where } from './jsx';

/** What the compiled chapter says about each of its slides (`export const slides`). */
export interface SlideInfo {
  /** Text of the slide's first heading, or of the section it continues; '' when there is none. */
  title: string;
  /** Step reveals on the slide: its top-level list items and display equations, in order. */
  steps: number;
  /** True on the second and later slides of a section the automatic split had to cut. */
  continued: boolean;
  /** True when the slide has speaker notes (`<Notes>`). */
  notes: boolean;
}

/**
 * Room on one slide in "lines" of body text (the projector theme fits about 16 lines of 100
 * characters in its 16:9 frame). The automatic split packs sections into slides of this size;
 * the lecture view shrinks a slide that still overflows.
 */
export const SLIDE_BUDGET = 15;
const CHARS_PER_LINE = 100;

/** Estimated height, in lines of body text, of the components chapters use on their own. */
const COMPONENT_LINES: Record<string, number> = {
  Lab: SLIDE_BUDGET,
  Mermaid: 10.5, // lecture.css caps a diagram's height on slides
  ScaleChart: 10,
  LayerParamTable: 9,
};

/** Nodes that are not content and stay at the top of the module (front matter, imports, exports). */
const isModuleNode = (node: RootContent) => node.type === 'yaml' || node.type === 'mdxjsEsm';

/** One slide on its way out: its content nodes and its notes. */
interface Draft {
  nodes: RootContent[];
  notes: RootContent[];
  /** The section heading it continues (automatic split), if it does not start with a heading. */
  continues?: string;
}

/**
 * Cuts a chapter into slides at compile time, for lecture mode (src/lecture).
 *
 * - A thematic break (`---` in the body) ends a slide; breaks are removed from the book. The
 *   front matter block is a `yaml` node (remark-frontmatter), not a break.
 * - A chapter without breaks gets one slide per h2 section; a section too long for one slide
 *   (estimated with {@link SLIDE_BUDGET}) is cut further, before an h3 where possible.
 * - `<Notes>` at the top level of a slide become `<SlideNotes index={n}>` right after it.
 * - Each slide's top-level list items and display equations become step reveals: they get
 *   `data-step="k"` (display equations are wrapped in a `<div>` to carry it).
 *
 * The content is wrapped as `<Slide index={n}>…</Slide>` (n from 0); the book renders `Slide`
 * as a fragment and `SlideNotes` as nothing. The module exports `slides` ({@link SlideInfo}[])
 * and `slideCount`.
 */
export function remarkSlides() {
  return (tree: Root, file: VFile) => {
    checkNotesPlacement(tree, file);
    const moduleNodes = tree.children.filter(isModuleNode);
    const content = tree.children.filter((node) => !isModuleNode(node));
    const explicit = content.some((node) => node.type === 'thematicBreak');
    const drafts = mergeEmpty(explicit ? splitAtBreaks(content) : splitBySections(content));
    const infos: SlideInfo[] = [];
    const out: RootContent[] = [];
    drafts.forEach((draft, index) => {
      const steps = markSteps(draft.nodes);
      infos.push({
        title: draft.continues ?? slideTitle(draft.nodes),
        steps,
        continued: draft.continues !== undefined,
        notes: draft.notes.length > 0,
      });
      out.push(jsxFlow('Slide', index, draft.nodes));
      if (draft.notes.length > 0) out.push(jsxFlow('SlideNotes', index, draft.notes));
    });
    tree.children = [...moduleNodes, exportSlides(infos), ...out];
  };
}

/** `<Notes>` must sit at the top level of a slide, on its own lines. */
function checkNotesPlacement(tree: Root, file: VFile): void {
  visit(tree, (node, _index, parent) => {
    if (!isJsxElement(node, 'Notes') || parent?.type === 'root') return;
    throw new Error(
      `${where(file, node)}: <Notes> must be at the top level of a slide, on its own lines with blank lines around it`,
    );
  });
}

const isNotes = (node: RootContent) => isJsxElement(node, 'Notes');

function draftOf(nodes: RootContent[], continues?: string): Draft {
  return { nodes: nodes.filter((n) => !isNotes(n)), notes: nodes.filter(isNotes), continues };
}

function splitAtBreaks(content: RootContent[]): Draft[] {
  const groups: RootContent[][] = [[]];
  for (const node of content) {
    if (node.type === 'thematicBreak') groups.push([]);
    else groups[groups.length - 1].push(node);
  }
  return groups.map((group) => draftOf(group));
}

/** One slide per h1/h2 section, each packed into slides of about SLIDE_BUDGET lines. */
function splitBySections(content: RootContent[]): Draft[] {
  const sections: RootContent[][] = [[]];
  for (const node of content) {
    if (node.type === 'heading' && node.depth <= 2 && sections[sections.length - 1].length > 0) sections.push([]);
    sections[sections.length - 1].push(node);
  }
  return sections.flatMap(pack);
}

/** Blocks that keep their size on a slide (widgets, labs, diagrams): never squeezed in with text. */
function isRigid(node: RootContent): boolean {
  return node.type === 'mdxJsxFlowElement' && !TEXT_COMPONENTS.includes(node.name ?? '');
}
const TEXT_COMPONENTS = ['Callout', 'Exercise', 'Notes', 'div'];

const costOf = (nodes: RootContent[]) => nodes.reduce((sum, n) => sum + (isNotes(n) ? 0 : estimateLines(n)), 0);

/** Whether a block of height `cost` starts a new slide after `used` lines of content. */
function breaksBefore(node: RootContent, cost: number, used: number): boolean {
  if (node.type === 'heading' && node.depth >= 3 && used > SLIDE_BUDGET * 0.4) return true;
  if (used + cost <= SLIDE_BUDGET) return false;
  // A big text block (table, list, code) may join a nearly empty slide, which then shrinks to fit.
  const nearlyEmpty = used < SLIDE_BUDGET * 0.35;
  return isRigid(node) || !nearlyEmpty || (used + cost > SLIDE_BUDGET * 1.6 && cost <= SLIDE_BUDGET);
}

/** Greedy packing into slides of about SLIDE_BUDGET lines, then sparse slides merged back. */
function pack(section: RootContent[]): Draft[] {
  const chunks: RootContent[][] = [[]];
  let used = 0;
  for (const node of section) {
    const cost = isNotes(node) ? 0 : estimateLines(node);
    const current = chunks[chunks.length - 1];
    const filled = current.some((n) => !isNotes(n) && n.type !== 'heading');
    if (filled && breaksBefore(node, cost, used)) {
      // A heading never ends a slide: carry trailing headings over to the next one.
      let carried = 0;
      while (carried < current.length && current[current.length - 1 - carried].type === 'heading') carried += 1;
      chunks.push(current.splice(current.length - carried));
      used = costOf(chunks[chunks.length - 1]);
    }
    chunks[chunks.length - 1].push(node);
    used += cost;
  }
  return withTitles(mergeSparse(chunks));
}

/** A few lines of text left alone between slides join the slide before (shrunk a little). */
function mergeSparse(chunks: RootContent[][]): RootContent[][] {
  const merged = [chunks[0]];
  for (const chunk of chunks.slice(1)) {
    const previous = merged[merged.length - 1];
    const sparse = costOf(chunk) < SLIDE_BUDGET * 0.25 && chunk[0]?.type !== 'heading';
    const rigid = previous.some(isRigid) || chunk.some(isRigid);
    if (sparse && !rigid && costOf(previous) + costOf(chunk) <= SLIDE_BUDGET * 1.4) previous.push(...chunk);
    else merged.push(chunk);
  }
  return merged;
}

/** Slides that do not start with a heading continue the section of the last heading before them. */
function withTitles(chunks: RootContent[][]): Draft[] {
  let sectionTitle = '';
  return chunks.map((chunk) => {
    const first = chunk.find((n) => !isNotes(n));
    const continues = first && first.type !== 'heading' && sectionTitle ? sectionTitle : undefined;
    const heading = chunk.findLast((n): n is Heading => n.type === 'heading');
    if (heading) sectionTitle = toString(heading).trim();
    return draftOf(chunk, continues);
  });
}

/** Drops slides with no content; their notes (if any) join the slide before. */
function mergeEmpty(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const draft of drafts) {
    if (draft.nodes.length > 0) kept.push(draft);
    else if (kept.length > 0) kept[kept.length - 1].notes.push(...draft.notes);
    else if (draft.notes.length > 0) kept.push(draft);
  }
  return kept.filter((draft) => draft.nodes.length > 0);
}

function slideTitle(nodes: RootContent[]): string {
  const heading = nodes.find((n): n is Heading => n.type === 'heading');
  if (heading) return toString(heading).trim();
  const text = nodes.map((n) => toString(n)).find((t) => t.trim().length > 0) ?? '';
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text.trim();
}

const isEquationWrapper = (node: RootContent) =>
  isJsxElement(node, 'div') && jsxAttribute(node, 'className') === 'equation';

/** Marks the step reveals of one slide (mutates `nodes`) and returns how many there are. */
function markSteps(nodes: RootContent[]): number {
  let step = 0;
  nodes.forEach((node, index) => {
    if (node.type === 'math') {
      nodes[index] = { ...divWith(String((step += 1))), children: [node] };
    } else if (isEquationWrapper(node) && node.type === 'mdxJsxFlowElement') {
      node.attributes.push(stringAttribute('data-step', String((step += 1))));
    } else if (node.type === 'list') {
      markListItems(node, () => String((step += 1)));
    }
  });
  return step;
}

function markListItems(list: List, next: () => string): void {
  for (const item of list.children) {
    item.data = { ...item.data, hProperties: { ...item.data?.hProperties, 'data-step': next() } };
  }
}

function divWith(step: string): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name: 'div', attributes: [stringAttribute('data-step', step)], children: [] };
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** `<Name index={n}>children</Name>` with a numeric (not string) index. */
function jsxFlow(name: string, index: number, children: RootContent[]): MdxJsxFlowElement {
  const value = valueToEstree(index);
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: [
      {
        type: 'mdxJsxAttribute',
        name: 'index',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: String(index),
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{ type: 'ExpressionStatement', expression: value }],
            },
          },
        },
      },
    ],
    children: children as MdxJsxFlowElement['children'],
  };
}

/** `export const slides = [...]; export const slideCount = n;` */
function exportSlides(slides: SlideInfo[]): RootContent {
  const declare = (name: string, value: unknown) => ({
    type: 'ExportNamedDeclaration' as const,
    specifiers: [],
    attributes: [],
    source: null,
    declaration: {
      type: 'VariableDeclaration' as const,
      kind: 'const' as const,
      declarations: [
        { type: 'VariableDeclarator' as const, id: { type: 'Identifier' as const, name }, init: valueToEstree(value) },
      ],
    },
  });
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [declare('slides', slides), declare('slideCount', slides.length)],
      },
    },
  };
}

/** Length of the text a reader sees: inline math and inline components count for less. */
function visibleLength(node: Nodes): number {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.length;
  if (node.type === 'inlineMath') return Math.ceil(node.value.length * 0.5);
  if (node.type === 'mdxJsxTextElement' && node.children.length === 0) return 8;
  if ('children' in node) return (node as Parent).children.reduce((sum, child) => sum + visibleLength(child), 0);
  return 0;
}

const lines = (node: Nodes, width = CHARS_PER_LINE) => Math.max(1, Math.ceil(visibleLength(node) / width));

/**
 * Estimated height of a top-level node on a slide, in lines of body text. Rough on purpose:
 * it decides where the automatic split cuts; the lecture view measures and fits the result.
 */
export function estimateLines(node: RootContent): number {
  switch (node.type) {
    case 'heading':
      return node.depth <= 2 ? 2.2 : 1.8;
    case 'paragraph':
      return lines(node) + 0.7;
    case 'math':
      return 2.6 + (node.value.match(/\\\\/g)?.length ?? 0) * 1.3;
    case 'list':
      return 0.5 + node.children.reduce((sum, item) => sum + lines(item, CHARS_PER_LINE - 4) + 0.25, 0);
    case 'code':
      return 1.2 + node.value.split('\n').length * 0.85;
    case 'table': {
      const columns = Math.max(1, node.children[0]?.children.length ?? 1);
      const width = CHARS_PER_LINE / columns;
      return node.children.reduce(
        (sum, row) => sum + 0.4 + 0.8 * Math.max(...row.children.map((cell) => lines(cell, width))),
        1,
      );
    }
    case 'blockquote':
      return 0.5 + node.children.reduce((sum, child) => sum + estimateLines(child), 0);
    case 'mdxJsxFlowElement':
      return componentLines(node);
    default:
      return 1;
  }
}

function componentLines(node: MdxJsxFlowElement): number {
  const name = node.name ?? '';
  if (name in COMPONENT_LINES) return COMPONENT_LINES[name];
  const children = node.children as RootContent[];
  const inner = (keep: (child: RootContent) => boolean) =>
    children.filter(keep).reduce((sum, child) => sum + estimateLines(child), 0);
  switch (name) {
    case 'Notes':
      return 0;
    case 'Figure':
      return (
        1.5 +
        Math.max(
          inner(() => true),
          6,
        ) +
        (jsxAttribute(node, 'caption')?.length ?? 0) / 100
      );
    case 'Exercise':
      // The solution is folded on the slide: one line for its summary.
      return 1.8 + inner((child) => !isJsxElement(child, 'Solution'));
    case 'Callout':
      return 1.6 + inner(() => true) * 0.9;
    default:
      // An interactive figure or widget: most of a slide.
      return children.length > 0 ? inner(() => true) : SLIDE_BUDGET * 0.8;
  }
}
