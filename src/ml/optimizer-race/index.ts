/**
 * The optimizer race: 2-D surfaces, TF.js optimizers on `tf.variable`s, and the formulas they
 * follow. This entry imports TF.js; page code that only draws imports the TF.js-free
 * ./surfaces, ./racers and ./reference directly.
 */
export * from './surfaces';
export * from './surface-tensors';
export * from './racers';
export * from './optimizers';
export * from './reference';
export * from './race';
export { UncorrectedAdamOptimizer } from './uncorrected-adam';
