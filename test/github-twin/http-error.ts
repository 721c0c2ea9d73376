/** An error response in GitHub's shape: {message, documentation_url, status, errors?}. */

export interface ValidationErrorItem {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationErrorItem[],
    /** A limit GitHub enforces beyond its description (body length, 50 annotations): the caller erred. */
    readonly overLimit = false,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return {
      message: this.message,
      documentation_url: "https://docs.github.com/rest",
      status: String(this.status),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (): HttpError => new HttpError(404, "Not Found");

export const validationFailed = (errors: ValidationErrorItem[]): HttpError =>
  new HttpError(422, "Validation Failed", errors);

export const overLimit = (message: string, errors?: ValidationErrorItem[]): HttpError =>
  new HttpError(422, message, errors, true);

/** A string field over a length GitHub enforces but its description does not state. */
export function checkMaxLength(resource: string, field: string, value: string | null | undefined, maximum: number): void {
  if (value === null || value === undefined || [...value].length <= maximum) return;
  throw overLimit("Validation Failed", [{ resource, code: "custom", field, message: `${field} is too long (maximum is ${maximum} characters)` }]);
}
