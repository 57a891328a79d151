import { MDXProvider } from '@mdx-js/react';
import { useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { HTML_LANG, type Lang } from '../i18n/lang';
import { LangProvider } from '../i18n/useLang';
import { LecturePage, PresenterPage } from '../lecture/lazy';
import { mdxComponents } from '../mdx/components';
import { ChapterPage } from './ChapterPage';
import { ContentsPage } from './ContentsPage';
import { LabPage } from './LabPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { PrintPage } from './PrintPage';
import { routerBase } from './routes';

/**
 * The whole book. `ssrPath` is set when prerendering a route in Node. The Chinese edition is the
 * same routes nested under `/zh` (links and navigation inside it stay under /zh/ by themselves);
 * the route decides the language, never the browser, so prerendered and hydrated pages agree.
 */
export function App({ ssrPath }: { ssrPath?: string }) {
  return (
    <Router base={routerBase} ssrPath={ssrPath}>
      <Switch>
        <Route path="/zh" nest>
          <Edition lang="zh" />
        </Route>
        <Route>
          <Edition lang="en" />
        </Route>
      </Switch>
    </Router>
  );
}

/** One edition of the book: every route, in one language. */
function Edition({ lang }: { lang: Lang }) {
  useEffect(() => {
    // The prerender writes <html lang>; this keeps it right after a switch without reload.
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);
  return (
    <LangProvider value={lang}>
      <MDXProvider components={mdxComponents}>
        <Switch>
          {/* Lecture mode fills the screen: no book layout around it (src/lecture). */}
          <Route path="/lecture/:slug/*?">{(params) => <LecturePage key={params.slug} slug={params.slug} />}</Route>
          <Route path="/presenter/:slug/*?">{(params) => <PresenterPage key={params.slug} slug={params.slug} />}</Route>
          <Route>
            <Layout>
              <Switch>
                <Route path="/">
                  <ContentsPage />
                </Route>
                <Route path="/chapters/:slug">{(params) => <ChapterPage key={params.slug} slug={params.slug} />}</Route>
                <Route path="/labs/:name">{(params) => <LabPage key={params.name} name={params.name} />}</Route>
                <Route path="/print">
                  <PrintPage />
                </Route>
                <Route>
                  <NotFound />
                </Route>
              </Switch>
            </Layout>
          </Route>
        </Switch>
      </MDXProvider>
    </LangProvider>
  );
}
