import { useT } from '../i18n';
import type { ChapterEntry, ChapterFrontmatter } from '../mdx/frontmatter';
import { SlideCell } from './SlideCell';

/** Deck slide 0: the chapter's title, summary and goals, from its front matter. */
export function TitleSlide({ chapter, frontmatter }: { chapter: ChapterEntry; frontmatter: ChapterFrontmatter }) {
  const t = useT();
  return (
    <SlideCell index={0}>
      <div className="title-slide">
        <p className="title-slide-kicker">
          {t(chapter.kind === 'Appendix' ? 'chapter.kind_Appendix' : 'chapter.kind_Chapter', { label: chapter.label })}{' '}
          · {t('chapter.minutes', { minutes: chapter.minutes })}
        </p>
        <h1>{chapter.title}</h1>
        <p className="title-slide-summary">{frontmatter.summary}</p>
        <ul className="title-slide-goals" aria-label={t('lecture.goals')}>
          {frontmatter.goals.map((goal) => (
            <li key={goal}>{goal}</li>
          ))}
        </ul>
      </div>
    </SlideCell>
  );
}
