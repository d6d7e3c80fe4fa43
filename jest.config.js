/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 30000,
  globalSetup: '<rootDir>/tests/support/warmRecognizerModels.ts',
  setupFiles: ['<rootDir>/tests/support/quietTensorFlowKernels.ts'],
};
