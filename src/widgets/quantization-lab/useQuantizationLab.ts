import { useT } from '../../i18n';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { wasmPaths } from '../shared/worker/wasm-paths';
import type { QuantizationRequest, QuantizationResponse } from './protocol';
import type { TrainingLength } from './settings';
import { initialView, reduce, type QuantizationLabView } from './state';

export interface QuantizationLabApi {
  view: QuantizationLabView;
  send(request: QuantizationRequest): void;
  dismissError(): void;
}

/**
 * Starts the lab's worker on mount and ends it on unmount (which frees every tensor it made), and
 * folds its messages, once per animation frame, into a {@link QuantizationLabView}.
 */
export function useQuantizationLab(length: TrainingLength): QuantizationLabApi {
  const t = useT();
  const [view, dispatch] = useReducer(reduce, initialView);
  const worker = useRef<Worker | null>(null);
  const initialLength = useRef(length);

  useEffect(() => {
    const instance = new Worker(new URL('./quantization.worker.ts', import.meta.url), {
      type: 'module',
      name: 'quantization-lab',
    });
    worker.current = instance;
    let queued: QuantizationResponse[] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      const messages = queued;
      queued = [];
      dispatch({ type: 'many', messages });
    };
    instance.addEventListener('message', (event: MessageEvent<QuantizationResponse>) => {
      queued.push(event.data);
      if (!frame) frame = requestAnimationFrame(flush);
    });
    instance.addEventListener('error', (event) =>
      dispatch({ type: 'error', message: event.message || t('labUi.common.workerFailed') }),
    );
    const request: QuantizationRequest = {
      type: 'init',
      // wasm first, on purpose: a 6,000-parameter CNN is as fast on the CPU's wasm backend as on most
      // GPUs, and wasm computes the same float32 results on every machine, so the table's numbers
      // agree with the book's (tests/ml/quantize-mnist.test.ts trains the same way).
      preference: ['wasm', 'webgl', 'cpu'],
      wasmPaths,
      dataUrl: `${import.meta.env.BASE_URL}data/mnist.bin`,
      length: initialLength.current,
    };
    instance.postMessage(request);
    return () => {
      cancelAnimationFrame(frame);
      instance.terminate();
      worker.current = null;
    };
  }, [t]);

  const send = useCallback((request: QuantizationRequest) => worker.current?.postMessage(request), []);
  const dismissError = useCallback(() => dispatch({ type: 'cleared' }), []);
  return { view, send, dismissError };
}
