import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import type { ChapterProgress as ChapterProgressComponent } from './ChapterProgress';
import type { ExerciseDone as ExerciseDoneComponent } from './ExerciseDone';
import './progress.css';

/**
 * The progress UI as seen by the shell: each piece renders nothing while prerendering and
 * hydrating (so hydration matches), then loads its chunk. Keeping the feature out of the main
 * bundle keeps text-only pages inside the JS budget.
 */
function afterHydration<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function AfterHydration(props: P) {
    const hydrated = useHydrated();
    if (!hydrated) return null;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const ChapterProgress = afterHydration<ComponentProps<typeof ChapterProgressComponent>>(
  async () => (await import('./ChapterProgress')).ChapterProgress,
);
export const ContinueReading = afterHydration<object>(async () => (await import('./ContinueReading')).ContinueReading);
export const ExerciseDone = afterHydration<ComponentProps<typeof ExerciseDoneComponent>>(
  async () => (await import('./ExerciseDone')).ExerciseDone,
);
