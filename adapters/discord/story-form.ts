import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import type { RawOptions } from '../../commands/parse.ts';
import { PROMPT_MAX } from '../../src/core/clip/clip-options.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import { LOOK_INPUT_ID, SHOT_INPUT_PREFIX, storyFormId } from './custom-ids.ts';
import { fitPlain } from './escape.ts';

/**
 * The Story form: `/sora story` run without `shots` answers with this modal (a modal may be a
 * slash command's first response). A modal holds 1-5 components
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal),
 * so it has 4 shot fields and the look; a longer story goes in the last shot field as
 * `shot four | shot five | …`, which the core splits as it splits `shots`.
 */
export const FORM_SHOT_FIELDS = 4;

/**
 * Options Discord registers as optional although the command requires them, because leaving
 * them out opens a form that asks for them: `/sora story` without `shots` opens the Story form.
 */
export const FORM_FILLED = new Set(['story shots']);
/** The `/sora story` options the form has no field for, carried in its custom_id. */
export const STORY_FORM_OPTIONS = ['seconds', 'mode', 'transition', 'aspect', 'model', 'style'] as const;
/** A text input holds at most 4000 characters (components reference, Text Input). */
const TEXT_INPUT_MAX = 4000;
/**
 * A modal's title at most 45 characters (receiving-and-responding, Modal), a Label's text 45 and
 * its description 100 (https://discord.com/developers/docs/components/reference#label): the
 * member's language is cut to them after rendering.
 */
const TITLE_MAX = 45;
const LABEL_MAX = 45;
const DESCRIPTION_MAX = 100;

/**
 * The modal in the member's language (`t`), or undefined when the typed options do not fit in a
 * custom_id (100 characters).
 */
export function storyModal(typed: RawOptions, t: Translate): ModalBuilder | undefined {
  const carried: Record<string, string | number> = {};
  for (const name of STORY_FORM_OPTIONS) {
    const value = typed[name];
    if (typeof value === 'string' || typeof value === 'number') carried[name] = value;
  }
  const id = storyFormId(carried);
  if (!id) return undefined;
  const modal = new ModalBuilder()
    .setCustomId(id)
    .setTitle(fitPlain(t('surface.discord.story.title'), TITLE_MAX));
  for (let i = 1; i <= FORM_SHOT_FIELDS; i++) {
    const last = i === FORM_SHOT_FIELDS;
    modal.addLabelComponents(
      new LabelBuilder()
        .setLabel(fitPlain(t('surface.discord.story.shot.label', { number: i }), LABEL_MAX))
        .setDescription(
          fitPlain(
            t(
              i === 1
                ? 'surface.discord.story.shot.first'
                : last
                  ? 'surface.discord.story.shot.last'
                  : 'surface.discord.story.shot.next',
            ),
            DESCRIPTION_MAX,
          ),
        )
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(`${SHOT_INPUT_PREFIX}${i}`)
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(i === 1)
            .setMaxLength(last ? TEXT_INPUT_MAX : PROMPT_MAX),
        ),
    );
  }
  return modal.addLabelComponents(
    new LabelBuilder()
      .setLabel(fitPlain(t('surface.discord.story.look.label'), LABEL_MAX))
      .setDescription(fitPlain(t('surface.discord.story.look.description'), DESCRIPTION_MAX))
      .setTextInputComponent(
        new TextInputBuilder()
          .setCustomId(LOOK_INPUT_ID)
          .setStyle(TextInputStyle.Paragraph)
          .setRequired(false)
          .setMaxLength(PROMPT_MAX),
      ),
  );
}

/**
 * The raw options `/sora story` takes, from a sent form: the filled shot fields joined with `|`
 * (an empty optional field is skipped, as a member leaving it empty means), the look, and the
 * options typed with the command. The command's schema and the core check all of it.
 */
export function storyFormOptions(
  field: (id: string) => string | undefined,
  typed: Record<string, string>,
): Record<string, string> {
  const shots: string[] = [];
  for (let i = 1; i <= FORM_SHOT_FIELDS; i++) {
    const text = field(`${SHOT_INPUT_PREFIX}${i}`)?.trim();
    if (text) shots.push(text);
  }
  const look = field(LOOK_INPUT_ID)?.trim();
  return { ...typed, shots: shots.join(' | '), ...(look ? { look } : {}) };
}
