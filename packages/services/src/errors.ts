/**
 * Errors a use case throws when it refuses a request. Each says why in words a data steward or an
 * administrator understands; the HTTP layer maps them to 400, 403, 404 and 409, the CLI prints them.
 */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A parameter is invalid (HTTP 400). */
export class InvalidInputError extends ServiceError {
  readonly parameter: string;
  readonly reason: string;
  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
    this.reason = message;
  }
}

/** The caller may not do this (HTTP 403). */
export class ForbiddenError extends ServiceError {}

/** The thing does not exist (HTTP 404). */
export class NotFoundError extends ServiceError {}

/** The request conflicts with the current state, e.g. an import that cannot be undone (HTTP 409). */
export class ConflictError extends ServiceError {}
