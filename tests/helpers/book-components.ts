import { mdxComponents } from '../../src/mdx/components';
import { loadFigures } from './figures';

/** The components a chapter renders with in the site: the MDX component map plus every figure. */
export const bookComponents = { ...mdxComponents, ...(await loadFigures()) };
