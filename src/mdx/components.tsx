import type { ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Lab } from '../widgets/Lab';
import { Callout } from './components/Callout';
import { CodeBlock } from './components/CodeBlock';
import { Exercise, Solution } from './components/Exercise';
import { Figure } from './components/Figure';
import { Mermaid } from './components/Mermaid';
import { SmartLink } from './components/SmartLink';
import { Term, TermDefinition } from './components/Term';

/** Book mode: a slide (src/mdx/plugins/slides.ts) is just its content. */
function Slide({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/** Book mode: speaker notes are for the presenter window only (src/lecture). */
function Notes() {
  return null;
}

/**
 * Everything a chapter may use without importing it. (`<Eq ref>` and `<FigRef id>` are
 * resolved at compile time by src/mdx/plugins and never reach React; figures such as
 * `<ScaleChart />` are imported by each compiled chapter itself: src/widgets/figure-catalog.ts.)
 */
export const mdxComponents = {
  a: SmartLink,
  pre: CodeBlock,
  Callout,
  Exercise,
  Figure,
  Lab,
  Mermaid,
  Notes,
  Slide,
  SlideNotes: Notes,
  Solution,
  Term,
  TermDefinition,
} satisfies MDXComponents;
