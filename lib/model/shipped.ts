/** The model Softer ships (lib/model/weights.json, written by npm run train), decoded on first use. */
import { decodeWeights, type Model } from './codec';
import weightsFile from './weights.json';

let model: Model | undefined;

/** Throws a clear message if the weights are invalid; the build and the tests stop on it. */
export function shippedModel(): Model {
  model ??= decodeWeights(weightsFile);
  return model;
}
