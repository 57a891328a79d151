import type * as tf from '@tensorflow/tfjs';
import { AdamWOptimizer, createOptimizer } from '../training/optimizers';
import type { RaceHyperparameters, RacerName } from './racers';
import { UncorrectedAdamOptimizer } from './uncorrected-adam';

/**
 * A new TF.js optimizer for `name`. SGD, momentum, RMSprop (not centred, no momentum) and Adam
 * come from {@link createOptimizer}, i.e. `tf.train.*`; AdamW is our subclass of
 * `tf.AdamOptimizer`, here decaying every variable it steps (both coordinates are "weights");
 * Adam without bias correction is {@link UncorrectedAdamOptimizer}. The caller disposes it.
 */
export function createRacerOptimizer(name: RacerName, h: RaceHyperparameters): tf.Optimizer {
  const { learningRate, beta1, beta2, epsilon } = h;
  switch (name) {
    case 'sgd':
    case 'adam':
      return createOptimizer(name, learningRate, { beta1, beta2, epsilon });
    case 'momentum':
      return createOptimizer('momentum', learningRate, { momentum: h.momentum });
    case 'rmsprop':
      return createOptimizer('rmsprop', learningRate, { rho: h.rho, momentum: 0, epsilon });
    case 'adamw':
      return new AdamWOptimizer(learningRate, beta1, beta2, epsilon, h.weightDecay, () => true);
    case 'adam-uncorrected':
      return new UncorrectedAdamOptimizer(learningRate, beta1, beta2, epsilon);
  }
}
