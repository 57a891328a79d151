import { MDXProvider } from '@mdx-js/react';
import { Route, Router, Switch } from 'wouter';
import { LecturePage } from '../lecture/LecturePage';
import { PresenterPage } from '../lecture/PresenterPage';
import { mdxComponents } from '../mdx/components';
import { ChapterPage } from './ChapterPage';
import { ContentsPage } from './ContentsPage';
import { LabPage } from './LabPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { routerBase } from './routes';

/** The whole book. `ssrPath` is set when prerendering a route in Node. */
export function App({ ssrPath }: { ssrPath?: string }) {
  return (
    <Router base={routerBase} ssrPath={ssrPath}>
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
                <Route>
                  <NotFound />
                </Route>
              </Switch>
            </Layout>
          </Route>
        </Switch>
      </MDXProvider>
    </Router>
  );
}
