/**
 * The Block Kit rules Slack enforces on what an app sends, so the fake refuses what Slack refuses.
 * Slack publishes no machine-readable schema: each limit below was read on the page beside it.
 * Lengths are counted in Unicode code points, as sent (after escaping: `&amp;` is five).
 * Block and element types the fake does not know are refused too: a fake that cannot check a type
 * must not pass it, or a test would call a payload good that Slack might refuse.
 */

const DOCS = 'https://docs.slack.dev/reference';

/** Every limit the fake checks, with the page it comes from. */
export const BLOCK_KIT_LIMITS = {
  messageBlocks: { max: 50, doc: `${DOCS}/block-kit/blocks` },
  modalBlocks: { max: 100, doc: `${DOCS}/block-kit/blocks` },
  blockId: { max: 255, doc: `${DOCS}/block-kit/blocks/section-block` },
  textObject: { min: 1, max: 3000, doc: `${DOCS}/block-kit/composition-objects/text-object` },
  sectionText: { max: 3000, doc: `${DOCS}/block-kit/blocks/section-block` },
  sectionFields: { max: 10, doc: `${DOCS}/block-kit/blocks/section-block` },
  sectionField: { max: 2000, doc: `${DOCS}/block-kit/blocks/section-block` },
  contextElements: { min: 1, max: 10, doc: `${DOCS}/block-kit/blocks/context-block` },
  actionsElements: { min: 1, max: 25, doc: `${DOCS}/block-kit/blocks/actions-block` },
  headerText: { max: 150, doc: `${DOCS}/block-kit/blocks/header-block` },
  imageAltText: { max: 2000, doc: `${DOCS}/block-kit/blocks/image-block` },
  imageUrl: { max: 3000, doc: `${DOCS}/block-kit/block-elements/image-element` },
  buttonText: { max: 75, doc: `${DOCS}/block-kit/block-elements/button-element` },
  actionId: { max: 255, doc: `${DOCS}/block-kit/block-elements/button-element` },
  buttonValue: { max: 2000, doc: `${DOCS}/block-kit/block-elements/button-element` },
  buttonUrl: { max: 3000, doc: `${DOCS}/block-kit/block-elements/button-element` },
  accessibilityLabel: { max: 75, doc: `${DOCS}/block-kit/block-elements/button-element` },
  confirmTitle: { max: 100, doc: `${DOCS}/block-kit/composition-objects/confirmation-dialog-object` },
  confirmText: { max: 300, doc: `${DOCS}/block-kit/composition-objects/confirmation-dialog-object` },
  confirmButton: { max: 30, doc: `${DOCS}/block-kit/composition-objects/confirmation-dialog-object` },
  inputLabel: { max: 2000, doc: `${DOCS}/block-kit/blocks/input-block` },
  inputHint: { max: 2000, doc: `${DOCS}/block-kit/blocks/input-block` },
  textInputLength: { max: 3000, doc: `${DOCS}/block-kit/block-elements/plain-text-input-element` },
  textInputPlaceholder: { max: 150, doc: `${DOCS}/block-kit/block-elements/plain-text-input-element` },
  selectOptions: { min: 1, max: 100, doc: `${DOCS}/block-kit/block-elements/select-menu-element` },
  selectPlaceholder: { max: 150, doc: `${DOCS}/block-kit/block-elements/select-menu-element` },
  optionText: { max: 75, doc: `${DOCS}/block-kit/composition-objects/option-object` },
  optionValue: { max: 150, doc: `${DOCS}/block-kit/composition-objects/option-object` },
  fileInputMaxFiles: { min: 1, max: 10, doc: `${DOCS}/block-kit/block-elements/file-input-element` },
  modalTitle: { max: 24, doc: `${DOCS}/views/modal-views` },
  modalButton: { max: 24, doc: `${DOCS}/views/modal-views` },
  privateMetadata: { max: 3000, doc: `${DOCS}/views/modal-views` },
  callbackId: { max: 255, doc: `${DOCS}/views/modal-views` },
} as const;

const L = BLOCK_KIT_LIMITS;

/** One thing Slack would refuse, where it is (a JSON pointer) and Slack's wording. */
export interface BlockProblem {
  pointer: string;
  message: string;
}

/** Slack's own line for a problem in `response_metadata.messages`. */
export function slackMessageOf(problem: BlockProblem): string {
  return `[ERROR] ${problem.message} [json-pointer:${problem.pointer}]`;
}

/** A message's `blocks` (chat.postMessage, chat.update, chat.postEphemeral, response_url). */
export function messageBlockProblems(blocks: unknown): BlockProblem[] {
  if (blocks === undefined) return [];
  const check = new Checker();
  check.blocks(blocks, '/blocks', L.messageBlocks.max);
  return check.problems;
}

/** A modal view (views.open, views.update, views.push). */
export function viewProblems(view: unknown): BlockProblem[] {
  const check = new Checker();
  check.view(view, '/view');
  return check.problems;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const length = (text: string) => [...text].length;

class Checker {
  readonly problems: BlockProblem[] = [];

  #fail(pointer: string, message: string) {
    this.problems.push({ pointer, message });
  }

  /** A string of at most `max` code points (at least `min`); required unless `optional`. */
  #string(value: unknown, pointer: string, max: number, { min = 0, optional = true } = {}) {
    if (value === undefined) {
      if (!optional) this.#fail(pointer, 'missing required field');
      return;
    }
    if (typeof value !== 'string') return this.#fail(pointer, 'must be a string');
    if (length(value) > max) this.#fail(pointer, `must be less than ${max + 1} characters`);
    if (length(value) < min) this.#fail(pointer, `must be more than ${min - 1} characters`);
  }

  #count(value: unknown[], pointer: string, { min = 0, max }: { min?: number; max: number }) {
    if (value.length > max) this.#fail(pointer, `must contain less than ${max + 1} items`);
    if (value.length < min) this.#fail(pointer, `must contain at least ${min} items`);
  }

  /** A text object; `plain` when only plain_text is allowed; `max` the field's own cap. */
  text(value: unknown, pointer: string, max: number, { plain = false, optional = false } = {}) {
    if (value === undefined && optional) return;
    if (!isObject(value)) return this.#fail(pointer, 'failed to match all allowed schemas');
    if (value.type !== 'plain_text' && (plain || value.type !== 'mrkdwn'))
      return this.#fail(`${pointer}/type`, 'must be a valid enum value');
    // `emoji` only on plain_text, `verbatim` only on mrkdwn (text object reference).
    if (value.type === 'mrkdwn' && value.emoji !== undefined) this.#fail(`${pointer}/emoji`, 'not allowed');
    if (value.type === 'plain_text' && value.verbatim !== undefined)
      this.#fail(`${pointer}/verbatim`, 'not allowed');
    this.#string(value.text, `${pointer}/text`, Math.min(max, L.textObject.max), {
      min: L.textObject.min,
      optional: false,
    });
  }

  blocks(blocks: unknown, pointer: string, max: number) {
    if (!Array.isArray(blocks)) return this.#fail(pointer, 'must be an array');
    this.#count(blocks, pointer, { max });
    for (const [i, block] of blocks.entries()) this.block(block, `${pointer}/${i}`);
  }

  block(block: unknown, pointer: string) {
    if (!isObject(block)) return this.#fail(pointer, 'failed to match all allowed schemas');
    this.#string(block.block_id, `${pointer}/block_id`, L.blockId.max);
    switch (block.type) {
      case 'section':
        return this.#section(block, pointer);
      case 'context': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (!Array.isArray(block.elements)) this.#fail(`${pointer}/elements`, 'missing required field');
        this.#count(elements, `${pointer}/elements`, L.contextElements);
        for (const [i, element] of elements.entries()) {
          const at = `${pointer}/elements/${i}`;
          if (isObject(element) && element.type === 'image') this.#image(element, at);
          else this.text(element, at, L.textObject.max);
        }
        return;
      }
      case 'actions': {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (!Array.isArray(block.elements)) this.#fail(`${pointer}/elements`, 'missing required field');
        this.#count(elements, `${pointer}/elements`, L.actionsElements);
        for (const [i, element] of elements.entries()) this.#element(element, `${pointer}/elements/${i}`);
        return;
      }
      case 'header':
        return this.text(block.text, `${pointer}/text`, L.headerText.max, { plain: true });
      case 'image':
        this.#image(block, pointer);
        return this.text(block.title, `${pointer}/title`, L.textObject.max, { plain: true, optional: true });
      case 'input': {
        this.text(block.label, `${pointer}/label`, L.inputLabel.max, { plain: true });
        this.text(block.hint, `${pointer}/hint`, L.inputHint.max, { plain: true, optional: true });
        if (block.optional !== undefined && typeof block.optional !== 'boolean')
          this.#fail(`${pointer}/optional`, 'must be a boolean');
        // Select menus and file inputs are input elements; file_input only lives in an input
        // block (file input element reference), so it is accepted here and nowhere else.
        const element = block.element;
        if (isObject(element) && element.type === 'static_select')
          return this.#staticSelect(element, `${pointer}/element`);
        if (isObject(element) && element.type === 'file_input')
          return this.#fileInput(element, `${pointer}/element`);
        return this.#element(block.element, `${pointer}/element`);
      }
      case 'divider':
        return;
      default:
        return this.#fail(`${pointer}/type`, 'must be a valid enum value');
    }
  }

  #section(block: Json, pointer: string) {
    if (block.text === undefined && block.fields === undefined)
      this.#fail(pointer, 'must provide either text or fields');
    this.text(block.text, `${pointer}/text`, L.sectionText.max, { optional: true });
    if (block.fields !== undefined) {
      const fields = Array.isArray(block.fields) ? block.fields : [];
      this.#count(fields, `${pointer}/fields`, L.sectionFields);
      for (const [i, field] of fields.entries())
        this.text(field, `${pointer}/fields/${i}`, L.sectionField.max);
    }
    if (block.accessory !== undefined) this.#element(block.accessory, `${pointer}/accessory`);
  }

  #element(element: unknown, pointer: string) {
    if (!isObject(element)) return this.#fail(pointer, 'failed to match all allowed schemas');
    if (element.type === 'button') return this.#button(element, pointer);
    if (element.type === 'image') return this.#image(element, pointer);
    if (element.type === 'plain_text_input') return this.#textInput(element, pointer);
    this.#fail(`${pointer}/type`, 'must be a valid enum value');
  }

  #button(button: Json, pointer: string) {
    this.text(button.text, `${pointer}/text`, L.buttonText.max, { plain: true });
    this.#string(button.action_id, `${pointer}/action_id`, L.actionId.max);
    this.#string(button.value, `${pointer}/value`, L.buttonValue.max);
    this.#string(button.url, `${pointer}/url`, L.buttonUrl.max);
    this.#string(button.accessibility_label, `${pointer}/accessibility_label`, L.accessibilityLabel.max);
    if (button.style !== undefined && button.style !== 'primary' && button.style !== 'danger')
      this.#fail(`${pointer}/style`, 'must be a valid enum value');
    if (button.confirm !== undefined) this.#confirm(button.confirm, `${pointer}/confirm`);
  }

  #confirm(confirm: unknown, pointer: string) {
    if (!isObject(confirm)) return this.#fail(pointer, 'failed to match all allowed schemas');
    this.text(confirm.title, `${pointer}/title`, L.confirmTitle.max, { plain: true });
    this.text(confirm.text, `${pointer}/text`, L.confirmText.max, { plain: true });
    this.text(confirm.confirm, `${pointer}/confirm`, L.confirmButton.max, { plain: true });
    this.text(confirm.deny, `${pointer}/deny`, L.confirmButton.max, { plain: true });
    if (confirm.style !== undefined && confirm.style !== 'primary' && confirm.style !== 'danger')
      this.#fail(`${pointer}/style`, 'must be a valid enum value');
  }

  /** An image block or element: alt text, and a URL or a Slack file (exactly one of each pair). */
  #image(image: Json, pointer: string) {
    this.#string(image.alt_text, `${pointer}/alt_text`, L.imageAltText.max, { min: 1, optional: false });
    this.#string(image.image_url, `${pointer}/image_url`, L.imageUrl.max);
    if ((image.image_url === undefined) === (image.slack_file === undefined))
      this.#fail(pointer, 'must provide exactly one of image_url or slack_file');
    if (image.slack_file !== undefined) {
      const file = isObject(image.slack_file) ? image.slack_file : {};
      if ((file.id === undefined) === (file.url === undefined))
        this.#fail(`${pointer}/slack_file`, 'must provide exactly one of id or url');
    }
  }

  #textInput(input: Json, pointer: string) {
    const { max } = L.textInputLength;
    this.#string(input.action_id, `${pointer}/action_id`, L.actionId.max);
    this.text(input.placeholder, `${pointer}/placeholder`, L.textInputPlaceholder.max, {
      plain: true,
      optional: true,
    });
    const bound = (name: 'min_length' | 'max_length', least: number) => {
      const value = input[name];
      if (value === undefined) return;
      if (!Number.isInteger(value) || (value as number) < least || (value as number) > max)
        this.#fail(`${pointer}/${name}`, `must be between ${least} and ${max}`);
    };
    bound('min_length', 0);
    bound('max_length', 1);
    // A pre-filled value longer than the box allows could never be submitted (derived).
    const cap = typeof input.max_length === 'number' ? Math.min(input.max_length, max) : max;
    this.#string(input.initial_value, `${pointer}/initial_value`, cap);
  }

  /** https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select */
  #staticSelect(select: Json, pointer: string) {
    this.#string(select.action_id, `${pointer}/action_id`, L.actionId.max);
    this.text(select.placeholder, `${pointer}/placeholder`, L.selectPlaceholder.max, {
      plain: true,
      optional: true,
    });
    if (!Array.isArray(select.options)) return this.#fail(`${pointer}/options`, 'missing required field');
    this.#count(select.options, `${pointer}/options`, L.selectOptions);
    const values = new Set<unknown>();
    for (const [i, option] of select.options.entries()) {
      this.#option(option, `${pointer}/options/${i}`);
      if (isObject(option)) values.add(option.value);
    }
    if (select.initial_option !== undefined) {
      this.#option(select.initial_option, `${pointer}/initial_option`);
      // Slack refuses an initial option that is not one of the options.
      if (!isObject(select.initial_option) || !values.has(select.initial_option.value))
        this.#fail(`${pointer}/initial_option`, 'must match one of the options');
    }
  }

  /** An option object: plain_text text ≤ 75, value ≤ 150 (option object reference). */
  #option(option: unknown, pointer: string) {
    if (!isObject(option)) return this.#fail(pointer, 'failed to match all allowed schemas');
    this.text(option.text, `${pointer}/text`, L.optionText.max, { plain: true });
    this.#string(option.value, `${pointer}/value`, L.optionValue.max, { min: 1, optional: false });
  }

  /** https://docs.slack.dev/reference/block-kit/block-elements/file-input-element */
  #fileInput(input: Json, pointer: string) {
    this.#string(input.action_id, `${pointer}/action_id`, L.actionId.max);
    if (input.filetypes !== undefined) {
      if (!Array.isArray(input.filetypes) || input.filetypes.some((t) => typeof t !== 'string'))
        this.#fail(`${pointer}/filetypes`, 'must be an array of strings');
    }
    const max = input.max_files;
    if (max !== undefined) {
      const { min, max: most } = L.fileInputMaxFiles;
      if (!Number.isInteger(max) || (max as number) < min || (max as number) > most)
        this.#fail(`${pointer}/max_files`, `must be between ${min} and ${most}`);
    }
  }

  view(view: unknown, pointer: string) {
    if (!isObject(view)) return this.#fail(pointer, 'failed to match all allowed schemas');
    if (view.type !== 'modal') this.#fail(`${pointer}/type`, 'must be a valid enum value');
    this.text(view.title, `${pointer}/title`, L.modalTitle.max, { plain: true });
    this.text(view.close, `${pointer}/close`, L.modalButton.max, { plain: true, optional: true });
    this.text(view.submit, `${pointer}/submit`, L.modalButton.max, { plain: true, optional: true });
    this.#string(view.private_metadata, `${pointer}/private_metadata`, L.privateMetadata.max);
    this.#string(view.callback_id, `${pointer}/callback_id`, L.callbackId.max);
    this.blocks(view.blocks, `${pointer}/blocks`, L.modalBlocks.max);
    // "submit" is required when a view has input blocks (modal views reference).
    const inputs = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === 'input');
    if (inputs && view.submit === undefined) this.#fail(`${pointer}/submit`, 'missing required field');
  }
}
