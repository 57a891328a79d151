import 'katex/dist/katex.min.css';
import './styles/index.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadChapter } from './app/chapters';
import { chapterSlugFromPath, routerBase } from './app/routes';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const path = window.location.pathname.slice(routerBase.length) || '/';
  // A prerendered chapter must hydrate with its module already loaded, or React would
  // replace the server HTML with a loading state.
  const slug = chapterSlugFromPath(path);
  if (slug) await loadChapter(slug);
  if (root.firstElementChild) hydrateRoot(root, <App />);
  else createRoot(root).render(<App />);
}

void start();
