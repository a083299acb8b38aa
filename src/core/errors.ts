/** Stable error codes: every problem Sift reports names one of these. */
export const ErrorCodes = {
  INPUT_UNREADABLE: 'input-unreadable',
  INPUT_BINARY: 'input-binary',
  INPUT_EMPTY: 'input-empty',
  INPUT_BAD_JSONL: 'input-bad-jsonl',
  INPUT_BAD_FIELD: 'input-bad-field',
  INPUT_UNSUPPORTED: 'input-unsupported',
  PLAN_UNMET: 'plan-unmet',
  STAGE_FAILED: 'stage-failed',
  STAGE_SKIPPED: 'stage-skipped',
  USAGE: 'usage',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** The one error class: a code, a message that names the input and the problem, and where. */
export class SiftError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly input?: string,
  ) {
    super(message);
    this.name = 'SiftError';
  }
}
