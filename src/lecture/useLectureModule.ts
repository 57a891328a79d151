import { useEffect, useState } from 'react';
import { loadChapter, loadedChapter, type ChapterModule } from '../app/chapters';
import { useLang } from '../i18n/useLang';
import type { SlideInfo } from '../mdx/plugins/slides';

/** A compiled chapter with the slide exports of src/mdx/plugins/slides.ts. */
export interface LectureModule extends ChapterModule {
  slides: SlideInfo[];
  slideCount: number;
}

function isLectureModule(module: ChapterModule | undefined): module is LectureModule {
  return module !== undefined && Array.isArray((module as Partial<LectureModule>).slides);
}

/**
 * The chapter's compiled module: present at once when the entry preloaded it (prerendered and
 * deep-linked lecture pages), loaded otherwise (client-side navigation).
 */
export function useLectureModule(slug: string): LectureModule | undefined {
  const lang = useLang();
  const [module, setModule] = useState(() => loadedChapter(slug, lang));
  useEffect(() => {
    if (module) return;
    let cancelled = false;
    void loadChapter(slug, lang).then((loaded) => {
      if (!cancelled) setModule(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [slug, lang, module]);
  return isLectureModule(module) ? module : undefined;
}
