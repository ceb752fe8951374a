import { el } from './dom.ts';
import { type Hint, suggest } from './hints.ts';
import type { CatalogCommand } from './types.ts';

/** The tallest the box grows as lines are added, in CSS px; past it, it scrolls. */
const MAX_BOX_HEIGHT = 320;

/**
 * The message box: a multi-line combobox (WAI-ARIA APG pattern) whose suggestions come from the
 * command definitions, so a long director's prompt can be written and edited in place. Arrow
 * keys move through suggestions, Tab or Enter takes the highlighted one, Escape closes the list;
 * Enter with nothing highlighted sends the command and Shift+Enter starts a new line.
 */
export class Composer {
  readonly #input: HTMLTextAreaElement;
  readonly #list: HTMLUListElement;
  readonly #help: HTMLElement;
  readonly #commandName: string;
  readonly #commands: readonly CatalogCommand[];
  #hints: Hint[] = [];
  #active = -1;

  constructor(
    parts: { input: HTMLTextAreaElement; list: HTMLUListElement; help: HTMLElement },
    commandName: string,
    commands: readonly CatalogCommand[],
  ) {
    this.#input = parts.input;
    this.#list = parts.list;
    this.#help = parts.help;
    this.#commandName = commandName;
    this.#commands = commands;
    this.#input.addEventListener('input', () => {
      this.#fit();
      this.refresh();
    });
    // Suggestions open as the member types, not on focus, so the list never hides the channel
    // uninvited; the help line below the box says what to type.
    this.#input.addEventListener('focus', () => this.refresh({ open: false }));
    this.#input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
  }

  get text(): string {
    return this.#input.value;
  }

  set text(value: string) {
    this.#input.value = value;
    this.#fit();
    this.refresh({ open: false });
  }

  focus(): void {
    this.#input.focus();
  }

  /** Work out the suggestions for what is typed now. */
  refresh(options: { open?: boolean } = {}): void {
    const { hints, help } = suggest(this.#input.value, this.#commandName, this.#commands);
    this.#help.textContent = help;
    this.#hints = hints;
    this.#active = -1;
    this.#list.replaceChildren(
      ...hints.map((hint, i) => {
        const option = el(
          'li',
          { id: `hint-${i}`, role: 'option', 'aria-selected': 'false' },
          el('span', { class: 'hint-label' }, hint.label),
          hint.detail !== hint.label && el('span', { class: 'hint-detail' }, hint.detail),
        );
        // mousedown, not click: it fires before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.#take(i);
        });
        return option;
      }),
    );
    const open = options.open !== false && hints.length > 0 && document.activeElement === this.#input;
    this.#list.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    this.#input.removeAttribute('aria-activedescendant');
  }

  #onKey(event: KeyboardEvent): void {
    const open = !this.#list.hidden && this.#hints.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.#hints.length === 0) return;
      event.preventDefault();
      if (!open) {
        this.#list.hidden = false;
        this.#input.setAttribute('aria-expanded', 'true');
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#highlight((this.#active + step + this.#hints.length) % this.#hints.length);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && open && this.#active >= 0) {
      event.preventDefault();
      this.#take(this.#active);
    } else if (event.key === 'Tab' && open && this.#hints.length === 1) {
      event.preventDefault();
      this.#take(0);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.#close();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      // Enter sends (as in every chat); Shift+Enter is left to the box: a new line.
      event.preventDefault();
      this.#close();
      this.#input.form?.requestSubmit();
    }
  }

  /**
   * Grow the box with its lines, up to MAX_BOX_HEIGHT. Set through the CSSOM: the page's policy
   * forbids inline style markup, not script-set styles.
   */
  #fit(): void {
    const box = this.#input;
    box.style.height = 'auto';
    // scrollHeight leaves out the 1px borders, which border-box sizing counts in the height.
    box.style.height = `${Math.min(box.scrollHeight + 2, MAX_BOX_HEIGHT)}px`;
  }

  #highlight(index: number): void {
    this.#active = index;
    for (const [i, option] of [...this.#list.children].entries()) {
      option.setAttribute('aria-selected', String(i === index));
    }
    this.#input.setAttribute('aria-activedescendant', `hint-${index}`);
    this.#list.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  #take(index: number): void {
    const hint = this.#hints[index];
    if (!hint) return;
    this.#input.value = hint.text;
    this.#input.setSelectionRange(hint.text.length, hint.text.length);
    this.refresh();
  }

  #close(): void {
    this.#list.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }
}
