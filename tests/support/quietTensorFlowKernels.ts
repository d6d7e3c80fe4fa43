/**
 * The sentence encoder's TensorFlow.js bundle holds two copies of its core, and under jest (a suite's
 * sandbox, or the global setup beside jest's own modules) both register into one registry: about 150
 * "already registered" warnings each time the encoder loads, harmless (the same kernels) and absent
 * under plain Node (`npm start`). Only those exact warnings are dropped.
 */
const ALREADY_REGISTERED = [
  /^The kernel '[^']+' for backend '[^']+' is already registered$/,
  /^Platform node has already been set\. Overwriting the platform with node\.$/,
  /^wasm backend was already registered\. Reusing existing backend factory\.$/,
];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const [message] = args;
  if (args.length === 1 && typeof message === 'string' && ALREADY_REGISTERED.some((pattern) => pattern.test(message))) return;
  warn(...args);
};

export {};
