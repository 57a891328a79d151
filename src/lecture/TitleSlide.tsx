import type { ChapterMeta } from '../mdx/frontmatter';
import { SlideCell } from './SlideCell';

/** Deck slide 0: the chapter's title, summary and goals, from its front matter. */
export function TitleSlide({ chapter }: { chapter: ChapterMeta }) {
  return (
    <SlideCell index={0}>
      <div className="title-slide">
        <p className="title-slide-kicker">
          {chapter.kind} {chapter.label} · about {chapter.minutes} minutes
        </p>
        <h1>{chapter.title}</h1>
        <p className="title-slide-summary">{chapter.summary}</p>
        <ul className="title-slide-goals" aria-label="Goals">
          {chapter.goals.map((goal) => (
            <li key={goal}>{goal}</li>
          ))}
        </ul>
      </div>
    </SlideCell>
  );
}
