import { badLength, type FormProblem, problem, required, tooLong } from './form-errors.ts';
import { DISCORD_LIMITS as L, length } from './limits.ts';
import { customIdProblems } from './validate.ts';

type Json = Record<string, unknown>;
type Path = (string | number)[];

/**
 * What Discord refuses in a modal (interaction callback type 9), by the documented limits in
 * limits.ts: title 1-45, custom_id 1-100, 1-5 top-level components, each a Label (type 18) or a
 * legacy action row holding a text input; text inputs with their own limits, and a pre-filled
 * value no longer than the input's max_length (derived: Discord could never accept it back).
 */
export function modalProblems(data: Json, at: Path = []): FormProblem[] {
  const problems: FormProblem[] = [];
  const title = typeof data.title === 'string' ? data.title : '';
  if (length(title) < L.modalTitle.min || length(title) > L.modalTitle.max)
    problems.push(badLength([...at, 'title'], L.modalTitle.min, L.modalTitle.max));
  problems.push(...customIdProblems(data.custom_id, [...at, 'custom_id'], new Set()));
  const components = (data.components ?? []) as Json[];
  if (components.length < L.modalComponents.min || components.length > L.modalComponents.max)
    problems.push(badLength([...at, 'components'], L.modalComponents.min, L.modalComponents.max));
  const ids = new Set<string>();
  for (const [i, component] of components.entries()) {
    const path: Path = [...at, 'components', i];
    if (component.type === 18) {
      const label = typeof component.label === 'string' ? component.label : '';
      if (length(label) < L.labelText.min || length(label) > L.labelText.max)
        problems.push(badLength([...path, 'label'], L.labelText.min, L.labelText.max));
      if (typeof component.description === 'string' && length(component.description) > L.labelDescription.max)
        problems.push(tooLong([...path, 'description'], L.labelDescription.max));
      problems.push(...textInputProblems(component.component, [...path, 'component'], ids, false));
    } else if (component.type === 1) {
      const inner = (component.components ?? []) as Json[];
      if (inner.length !== 1) problems.push(badLength([...path, 'components'], 1, 1));
      for (const [j, input] of inner.entries())
        problems.push(...textInputProblems(input, [...path, 'components', j], ids, true));
    } else {
      problems.push(
        problem([...path, 'type'], 'FAKE_NOT_MODELLED', 'The fake checks labels and action rows only.'),
      );
    }
  }
  return problems;
}

function textInputProblems(input: unknown, at: Path, ids: Set<string>, legacy: boolean): FormProblem[] {
  const value = (input ?? {}) as Json;
  if (value.type !== 4)
    return [problem([...at, 'type'], 'FAKE_NOT_MODELLED', 'The fake checks text inputs only.')];
  const problems = customIdProblems(value.custom_id, [...at, 'custom_id'], ids);
  if (value.style !== 1 && value.style !== 2)
    problems.push(problem([...at, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2}.'));
  // A text input in a legacy action row carries its own label, 1-45 like a Label's.
  if (legacy || value.label !== undefined) {
    const label = typeof value.label === 'string' ? value.label : '';
    if (length(label) < L.labelText.min || length(label) > L.labelText.max)
      problems.push(badLength([...at, 'label'], L.labelText.min, L.labelText.max));
  }
  const { max } = L.textInputLength;
  const bound = (name: 'min_length' | 'max_length', least: number) => {
    const n = value[name];
    if (n === undefined) return;
    if (!Number.isInteger(n) || (n as number) < least || (n as number) > max)
      problems.push(
        problem([...at, name], 'NUMBER_TYPE_RANGE', `Value must be between ${least} and ${max}.`),
      );
  };
  bound('min_length', 0);
  bound('max_length', 1);
  if (typeof value.placeholder === 'string' && length(value.placeholder) > L.textInputPlaceholder.max)
    problems.push(tooLong([...at, 'placeholder'], L.textInputPlaceholder.max));
  const cap = typeof value.max_length === 'number' ? Math.min(value.max_length, max) : max;
  if (typeof value.value === 'string' && length(value.value) > cap)
    problems.push(tooLong([...at, 'value'], cap));
  if (value.value !== undefined && typeof value.value !== 'string') problems.push(required([...at, 'value']));
  return problems;
}

/** The text inputs of a modal, in Label (type 18) or legacy action-row form. */
export function textInputsOf(components: Json[]): Json[] {
  return components.flatMap((c) => {
    if (c.type === 18) return [c.component as Json];
    return ((c.components ?? []) as Json[]).filter((x) => x.type === 4);
  });
}
