/** Another instance (or a concurrent turn) saved the same state after this turn read it. */
export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`State "${key}" was changed by another turn after this turn read it`);
    this.name = 'StateConflictError';
  }
}
