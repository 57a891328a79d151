import { MNIST_PIXELS, type MnistSplit, type MnistSplits } from '../../ml/data/mnist';

/** The first `count` examples of a split (views, no copy). */
function head(split: MnistSplit, count: number): MnistSplit {
  const n = Math.min(count, split.count);
  return { images: split.images.subarray(0, n * MNIST_PIXELS), labels: split.labels.subarray(0, n), count: n };
}

/**
 * Pure: the splits cut to `train` training examples and a quarter as many for validation and
 * test (the ?debug=faults&subset= switch, for quick soak runs); all of them when `train` is null.
 */
export function subsetSplits(splits: MnistSplits, train: number | null): MnistSplits {
  if (train === null) return splits;
  const rest = Math.max(1, Math.floor(train / 4));
  return { train: head(splits.train, train), validation: head(splits.validation, rest), test: head(splits.test, rest) };
}
