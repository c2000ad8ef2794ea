/** NetworkError: no answer (refused, reset, timed out, name not resolved). */

/** No answer: refused, reset, timed out, name not resolved. `code` is Node's (ECONNRESET, ETIMEDOUT, ...). */
export class NetworkError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}
