import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useT } from '../../../i18n';
import { createMessageBatcher } from './message-batcher';

/** What a comparison lab's reducer accepts besides its worker's own messages. */
export type ComparisonAction<Response> =
  Response | { type: 'many'; messages: Response[] } | { type: 'cleared' } | { type: 'results-cleared' };

export interface ComparisonWorkerApi<Request, View> {
  view: View;
  send(request: Request): void;
  clearResults(): void;
  dismissError(): void;
}

/**
 * The worker half of the transfer labs: starts the worker (`start`, which must call
 * `new Worker(new URL(…, import.meta.url))` itself so the bundler finds it) on mount, sends it
 * `init`, folds its messages a frame's worth at a time into the view with `reduce`, and ends the
 * worker on unmount (which frees every tensor it made). A worker that fails to start becomes an
 * error in the page's language.
 */
export function useComparisonWorker<Request, Response, View>(
  start: () => Worker,
  init: () => Request,
  reduce: (view: View, action: ComparisonAction<Response>) => View,
  initialView: View,
): ComparisonWorkerApi<Request, View> {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const worker = useRef<Worker | null>(null);
  // The factories are module constants of each lab; read them once, on mount.
  const factories = useRef({ start, init });

  useEffect(() => {
    const instance = factories.current.start();
    worker.current = instance;
    const batcher = createMessageBatcher<Response>((messages) => dispatch({ type: 'many', messages }));
    instance.addEventListener('message', (event: MessageEvent<Response>) => batcher.push(event.data));
    instance.addEventListener('error', (event) =>
      dispatch({
        type: 'error',
        message: event.message || t('labUi.common.workerFailed'),
      } as ComparisonAction<Response>),
    );
    instance.postMessage(factories.current.init());
    return () => {
      batcher.cancel();
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  const send = useCallback((request: Request) => worker.current?.postMessage(request), []);
  const clearResults = useCallback(() => dispatch({ type: 'results-cleared' }), []);
  const dismissError = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, send, clearResults, dismissError };
}
