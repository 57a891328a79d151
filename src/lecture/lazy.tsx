import { useEffect, useState } from 'react';

type Views = typeof import('./views');

let views: Views | undefined;
let pending: Promise<Views> | undefined;

/**
 * Loads (once) the lecture and presenter views. They are their own chunk, so book pages do not
 * download them; a prerendered lecture page awaits this before hydrating (src/entry-client.tsx,
 * src/entry-server.tsx), as a chapter page awaits its chapter, so it hydrates with identical markup.
 */
export function loadLectureViews(): Promise<Views> {
  pending ??= import('./views').then((module) => (views = module));
  return pending;
}

function useViews(): Views | undefined {
  const [loaded, setLoaded] = useState(views);
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    void loadLectureViews().then((module) => {
      if (!cancelled) setLoaded(module);
    });
    return () => {
      cancelled = true;
    };
  }, [loaded]);
  return loaded;
}

/** `/lecture/<slug>…`: the audience window (./LecturePage.tsx), loaded on first use. */
export function LecturePage({ slug }: { slug: string }) {
  const loaded = useViews();
  return loaded ? <loaded.LecturePage slug={slug} /> : <p aria-busy="true" className="lecture-loading" />;
}

/** `/presenter/<slug>…`: the presenter window (./PresenterPage.tsx), loaded on first use. */
export function PresenterPage({ slug }: { slug: string }) {
  const loaded = useViews();
  return loaded ? <loaded.PresenterPage slug={slug} /> : <p aria-busy="true" className="lecture-loading" />;
}
