import 'katex/dist/katex.min.css';
import './styles/index.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadChapter, loadSummaries } from './app/chapters';
import { registerServiceWorker } from './app/offline/service-worker';
import { preloadPrintPage } from './app/print-preload';
import { chapterSlugFromPath, lectureSlugFromPath, routerBase } from './app/routes';
import { splitLang } from './i18n/lang';
import { loadLectureViews } from './lecture/lazy';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const path = window.location.pathname.slice(routerBase.length) || '/';
  // A prerendered chapter must hydrate with its module already loaded, or React would
  // replace the server HTML with a loading state. (`/zh/...` is the Chinese edition.)
  const edition = splitLang(path);
  const slug = chapterSlugFromPath(edition.path) ?? lectureSlugFromPath(edition.path);
  if (slug) await loadChapter(slug, edition.lang);
  if (edition.path === '/') await loadSummaries(edition.lang);
  if (lectureSlugFromPath(edition.path)) await loadLectureViews();
  await preloadPrintPage(path);
  // Hydrate only the page prerendered for this path. A static host answers other paths (such as
  // a deep slide, /lecture/<slug>/3) with 404.html: render those afresh instead.
  const prerendered = root.dataset.route;
  if (root.firstElementChild && prerendered !== undefined && samePath(prerendered, path)) hydrateRoot(root, <App />);
  else {
    root.replaceChildren();
    createRoot(root).render(<App />);
  }
}

/** Paths equal up to a trailing slash (static hosts serve `/a/` and `/a` the same page). */
function samePath(a: string, b: string): boolean {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  return trim(a) === trim(decodeURI(b));
}

void start();
// The offline copy (scripts/pwa/service-worker.ts) exists in production builds only.
if (import.meta.env.PROD) registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
