import { useCallback, useEffect, useState } from 'react';
import { chooseBackend, numTensors, timeMatMul, type BackendInfo, type MatMulTiming } from '../../ml/backend';
import { formatNumber } from '../../lib/format';

type State = 'loading' | 'ready' | 'error';

/** Starts TF.js, reports the backend and times a matrix product: "can this browser train?" */
export default function DiagnosticsLab() {
  const [state, setState] = useState<State>('loading');
  const [info, setInfo] = useState<BackendInfo>();
  const [timing, setTiming] = useState<MatMulTiming>();
  const [tensors, setTensors] = useState(0);
  const [error, setError] = useState<string>();

  const run = useCallback(async () => {
    setState('loading');
    try {
      const chosen = await chooseBackend(['webgl', 'cpu']);
      setInfo(chosen);
      setTiming(await timeMatMul(256));
      setTensors(numTensors());
      setState('ready');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setState('error');
    }
  }, []);

  useEffect(() => {
    void run();
  }, [run]);

  return (
    <section className="lab diagnostics" data-lab="diagnostics" data-state={state} aria-label="Backend diagnostics">
      {info && info.backend !== 'webgl' && (
        <p className="notice">
          Not running on the GPU: WebGL is unavailable here, so TF.js uses the <strong>{info.backend}</strong> backend.
          Labs will train, only more slowly.
        </p>
      )}
      <dl className="metrics">
        <dt>Backend</dt>
        <dd data-metric="backend">{info?.backend ?? '…'}</dd>
        <dt>WebGL version</dt>
        <dd data-metric="webgl-version">{info ? info.webglVersion : '…'}</dd>
        <dt>256×256 matrix product</dt>
        <dd data-metric="matmul-ms">{timing ? formatNumber(timing.milliseconds, 1) : '…'}</dd>
        <dt>Throughput (GFLOP/s)</dt>
        <dd data-metric="gflops">{timing ? formatNumber(timing.gflops, 2) : '…'}</dd>
        <dt>Result check (should be {256 ** 3})</dt>
        <dd data-metric="matmul-checksum">{timing ? timing.checksum : '…'}</dd>
        <dt>Tensors in memory</dt>
        <dd data-metric="num-tensors">{tensors}</dd>
      </dl>
      {error && <p role="alert">TF.js could not start: {error}</p>}
      <button type="button" onClick={() => void run()} disabled={state === 'loading'}>
        Run again
      </button>
    </section>
  );
}
