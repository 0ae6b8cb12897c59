import type { ImportProblem } from '../../shared/import/flow';

/**
 * Thrown by a parser for a file it cannot read. The import pipeline turns it into a typed service
 * error naming the file; `detail` is a short technical hint (never a stack trace).
 */
export class ImportError extends Error {
  readonly problem: ImportProblem;
  readonly detail: string;

  constructor(problem: ImportProblem, detail = '') {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportError';
    this.problem = problem;
    this.detail = detail;
  }
}
