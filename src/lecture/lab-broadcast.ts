import { useEffect, useRef, type RefObject } from 'react';
import type { LabSnapshot, LectureMessage } from './sync';

/** The labs inside `root`: the slide each is on, its `data-state` and its `data-metric` values. */
export function collectLabs(root: Element): LabSnapshot[] {
  return [...root.querySelectorAll<HTMLElement>('[data-lab]')].map((lab) => ({
    slide: Number(lab.closest<HTMLElement>('[data-slide]')?.dataset.slide ?? -1),
    name: lab.dataset.lab ?? '',
    state: lab.dataset.state ?? '',
    metrics: [...lab.querySelectorAll<HTMLElement>('[data-metric]')].map((metric): [string, string] => [
      metric.dataset.metric ?? '',
      (metric.textContent ?? '').trim(),
    ]),
  }));
}

/**
 * Audience window: watches the labs in `root` and posts their state whenever it changes
 * (at most every 200 ms), for the presenter window to mirror. Returns a function that posts
 * the current state at once (the answer to a presenter's `hello`).
 */
export function useLabBroadcast(
  root: RefObject<HTMLElement | null>,
  post: (message: LectureMessage) => void,
): () => void {
  const last = useRef('');
  const sendNow = () => {
    if (!root.current) return;
    const labs = collectLabs(root.current);
    last.current = JSON.stringify(labs);
    post({ kind: 'labs', labs });
  };

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const labs = collectLabs(element);
      const text = JSON.stringify(labs);
      if (text === last.current) return;
      last.current = text;
      post({ kind: 'labs', labs });
    };
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(flush, 200);
    });
    observer.observe(element, { subtree: true, childList: true, characterData: true, attributeFilter: ['data-state'] });
    return () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    };
  }, [root, post]);

  return sendNow;
}
