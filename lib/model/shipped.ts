/** The model Softer ships (lib/model/weights.json, written by npm run train), decoded on first use. */
import { decodeWeights, type Model } from './codec';
import sentenceWeightsFile from './sentence.weights.json';
import weightsFile from './weights.json';

let model: Model | undefined;

/** Throws a clear message if the weights are invalid; the build and the tests stop on it. */
export function shippedModel(): Model {
  model ??= decodeWeights(weightsFile);
  return model;
}

let sentenceModel: Model | undefined;

/** The sentence scorer (lib/model/sentence.weights.json, written by npm run train:sentences). */
export function shippedSentenceModel(): Model {
  sentenceModel ??= decodeWeights(sentenceWeightsFile);
  return sentenceModel;
}
