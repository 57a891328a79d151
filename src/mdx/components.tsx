import type { MDXComponents } from 'mdx/types';
import { figures } from '../widgets';
import { Lab } from '../widgets/Lab';
import { Callout } from './components/Callout';
import { CodeBlock } from './components/CodeBlock';
import { Exercise, Solution } from './components/Exercise';
import { Figure } from './components/Figure';
import { Mermaid } from './components/Mermaid';
import { SmartLink } from './components/SmartLink';

/**
 * Everything a chapter may use without importing it. (`<Eq ref>` and `<FigRef id>` are
 * resolved at compile time by src/mdx/plugins and never reach React.)
 */
export const mdxComponents = {
  a: SmartLink,
  pre: CodeBlock,
  Callout,
  Exercise,
  Figure,
  Lab,
  Mermaid,
  Solution,
  ...figures,
} satisfies MDXComponents;
