/**
 * The labs and figures chapters may use, as plain data (no imports): the build checks
 * `/labs/<name>` links against it, and `./index.ts` maps each name to its lazy component.
 */
export const labCatalog = {
  mnist: {
    title: 'Train a CNN on handwritten digits',
    summary:
      'Train a convolutional network on 8,000 real MNIST digits on your GPU, watch it learn, then draw your own digit.',
  },
  diagnostics: {
    title: 'Your browser as a training machine',
    summary: 'Which TF.js backend this browser runs, with WebGL details and a timed matrix product.',
  },
  'optimizer-race': {
    title: 'Optimizer race',
    summary:
      'SGD, momentum, RMSprop, Adam and AdamW (TF.js’s own optimizers) race side by side on 2-D loss surfaces, with Adam with and without bias correction.',
  },
  sentiment: {
    title: 'Sentiment of movie reviews',
    summary:
      'Train a word-embedding classifier on 25,000 real IMDB reviews (or your own CSV), then score your own review word by word and explore the learned embedding.',
  },
  mlp: {
    title: 'MLP playground',
    summary:
      'Build a small neural network, train it in your browser on XOR, spirals, moons or your own CSV, and watch the decision boundary, every neuron and every weight change.',
  },
  quantization: {
    title: 'Quantisation before and after',
    summary:
      'Train a small MNIST CNN, store its weights in 8, 4 and 2 bits (one scale per tensor or per channel), and compare the size and test accuracy of every version.',
  },
  transfer: {
    title: 'Pre-train, then fine-tune',
    summary:
      'A CNN pre-trained on the digits 0–4 learns 5–9 from a handful of labelled examples: from scratch, fine-tuned, as a frozen backbone with a new head, and with LoRA adapters, with parameter counts and forgetting.',
  },
  'text-transfer': {
    title: 'Pre-train word vectors, then classify with few labels',
    summary:
      'Word vectors pre-trained on unlabelled IMDB reviews against random ones, for a sentiment classifier that learns from 50 to 1,000 labels; nearest words before and after.',
  },
} as const;

export type LabName = keyof typeof labCatalog;

export const labNames = Object.keys(labCatalog) as LabName[];

export function isLabName(name: string): name is LabName {
  return Object.hasOwn(labCatalog, name);
}
