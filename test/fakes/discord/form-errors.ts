/**
 * Discord's "Invalid Form Body" answer: HTTP 400, `{ code: 50035, message: "Invalid Form Body",
 * errors }`, where `errors` mirrors the request's shape down to each bad field and lists what is
 * wrong there under `_errors` (https://discord.com/developers/docs/reference#error-messages):
 * `{ embeds: { 0: { description: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: … }] } } } }`.
 * discord.js reads that shape into its DiscordAPIError message (`embeds[0].description[…]: …`).
 */

/** One refused field: where it is in the request, Discord's error code and its sentence. */
export interface FormProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

export const problem = (path: (string | number)[], code: string, message: string): FormProblem => ({
  path,
  code,
  message,
});

/** Longer than `max` code points (Discord counts characters as code points). */
export const tooLong = (path: (string | number)[], max: number) =>
  problem(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);

/** Outside `min`-`max` code points (or items, for arrays). */
export const badLength = (path: (string | number)[], min: number, max: number) =>
  problem(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);

export const required = (path: (string | number)[]) =>
  problem(path, 'BASE_TYPE_REQUIRED', 'This field is required');

/** The nested `errors` object Discord sends for a list of problems. */
export function formErrors(problems: readonly FormProblem[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { path, code, message } of problems) {
    let node = root;
    for (const key of path) {
      node[String(key)] ??= {};
      node = node[String(key)] as Record<string, unknown>;
    }
    node._errors ??= [];
    (node._errors as { code: string; message: string }[]).push({ code, message });
  }
  return root;
}
