import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { chooseBackend, numTensors, timeMatMul, type BackendInfo, type MatMulTiming } from '../../ml/backend';
import { formatNumber } from '../../lib/format';

const SIZE = 256;

type Result =
  { run: number; info: BackendInfo; timing: MatMulTiming; tensors: number } | { run: number; error: string };

async function diagnose(run: number): Promise<Result> {
  try {
    const info = await chooseBackend(['webgl', 'cpu']);
    const timing = await timeMatMul(SIZE);
    return { run, info, timing, tensors: numTensors() };
  } catch (failure) {
    return { run, error: failure instanceof Error ? failure.message : String(failure) };
  }
}

/** Starts TF.js, reports the backend and times a matrix product: "can this browser train?" */
export default function DiagnosticsLab() {
  const t = useT();
  const [run, setRun] = useState(0);
  const [result, setResult] = useState<Result>();

  useEffect(() => {
    let cancelled = false;
    void diagnose(run).then((next) => {
      if (!cancelled) setResult(next);
    });
    return () => {
      cancelled = true;
    };
  }, [run]);

  const current = result?.run === run ? result : undefined;
  const state = !current ? 'loading' : 'error' in current ? 'error' : 'ready';
  const ok = current && !('error' in current) ? current : undefined;

  return (
    <section
      className="lab diagnostics"
      data-lab="diagnostics"
      data-state={state}
      aria-label={t('labUi.diagnostics.label')}
    >
      {ok && ok.info.backend !== 'webgl' && (
        <p className="notice">
          {t('labUi.diagnostics.notGpuBefore')}
          <strong>{ok.info.backend}</strong>
          {t('labUi.diagnostics.notGpuAfter')}
        </p>
      )}
      <dl className="metrics">
        <dt>{t('lab.backend')}</dt>
        <dd data-metric="backend">{ok?.info.backend ?? '…'}</dd>
        <dt>{t('lab.webglVersion')}</dt>
        <dd data-metric="webgl-version">{ok ? ok.info.webglVersion : '…'}</dd>
        <dt>{t('labUi.diagnostics.matmul', { size: SIZE })}</dt>
        <dd data-metric="matmul-ms">{ok ? formatNumber(ok.timing.milliseconds, 1) : '…'}</dd>
        <dt>{t('labUi.diagnostics.throughput')}</dt>
        <dd data-metric="gflops">{ok ? formatNumber(ok.timing.gflops, 2) : '…'}</dd>
        <dt>{t('labUi.diagnostics.check', { n: SIZE ** 3 })}</dt>
        <dd data-metric="matmul-checksum">{ok ? ok.timing.checksum : '…'}</dd>
        <dt>{t('labUi.diagnostics.tensors')}</dt>
        <dd data-metric="num-tensors">{ok ? ok.tensors : '…'}</dd>
      </dl>
      {current && 'error' in current && <p role="alert">{t('labUi.diagnostics.failed', { error: current.error })}</p>}
      <button type="button" onClick={() => setRun((n) => n + 1)} disabled={state === 'loading'}>
        {t('labUi.diagnostics.again')}
      </button>
    </section>
  );
}
