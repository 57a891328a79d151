import { useState } from 'react';
import { useT } from '../../i18n';
import '../../i18n/lab-strings';
import { ConfusionMatrix } from '../shared/training/ConfusionMatrix';
import { GrayImage } from '../shared/training/GrayImage';
import type { TestReport } from './protocol';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SHOWN = 24;

function DigitCard({ report, index }: { report: TestReport; index: number }) {
  const probabilities = report.probabilities.subarray(index * 10, index * 10 + 10);
  const predicted = report.predicted[index];
  const label = report.labels[index];
  const t = useT();
  return (
    <figure className="digit-card">
      <GrayImage
        values={report.images.subarray(index * 784, index * 784 + 784)}
        width={28}
        height={28}
        label={t('labUi.mnist.testDigit', { index, label, predicted })}
      />
      <figcaption>
        {label} → {predicted}
        <br />
        <small>{(probabilities[predicted] * 100).toFixed(0)}%</small>
      </figcaption>
    </figure>
  );
}

/** Test accuracy, a clickable confusion matrix, and the digits behind a chosen cell (default: all mistakes). */
export function TestResults({ report }: { report: TestReport }) {
  const t = useT();
  const [cell, setCell] = useState<[number, number]>();
  const indices: number[] = [];
  for (let i = 0; i < report.labels.length && indices.length < SHOWN; i++) {
    const matches = cell
      ? report.labels[i] === cell[0] && report.predicted[i] === cell[1]
      : report.labels[i] !== report.predicted[i];
    if (matches) indices.push(i);
  }
  return (
    <section className="test-results" aria-label={t('labUi.common.testResults')}>
      <ConfusionMatrix
        matrix={report.confusion}
        labels={DIGITS}
        unit={t('labUi.mnist.digitsUnit')}
        selected={cell}
        onSelect={(actual, predicted) => setCell([actual, predicted])}
        caption={t('labUi.mnist.testCaption', { n: report.labels.length })}
      />
      <div>
        <h3 className="lab-subtitle">
          {cell ? t('labUi.mnist.cellDigits', { actual: cell[0], predicted: cell[1] }) : t('labUi.mnist.misclassified')}
          {cell && (
            <button type="button" className="link-button" onClick={() => setCell(undefined)}>
              {t('labUi.mnist.showAllMistakes')}
            </button>
          )}
        </h3>
        <div className="digit-grid">
          {indices.map((index) => (
            <DigitCard key={index} report={report} index={index} />
          ))}
          {indices.length === 0 && <p>{t('labUi.mnist.none')}</p>}
        </div>
      </div>
    </section>
  );
}
