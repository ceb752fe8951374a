import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 18: no member-facing English sentence is left outside the catalogs in the paths that draw
 * what members read. Every string and template literal in those files is read with TypeScript's
 * parser; one that holds two English words in a row is a sentence a member could see, unless it
 * is only ever logged, thrown to the operator, a markup or CSS fragment, or named below with why.
 */

/** The render paths: everything that answers members, draws cards, or shows the studio page. */
const PATHS = ['commands/', 'adapters/discord/', 'adapters/slack/', 'adapters/studio/', 'src/core/'];

/** Files in those paths that show members nothing (or are the catalogs themselves). */
const OUTSIDE = [
  /^src\/core\/i18n\//,
  /^src\/core\/ports\//,
  // The looks a style adds to a prompt: sent to the video model, which reads English prompts.
  /^src\/core\/clip\/styles\.ts$/,
  // Warnings register-commands prints for the operator about Discord's command rules.
  /^adapters\/discord\/(?:localizations|slash-command)\.ts$/,
];

/** Two words of letters in a row (Latin script): what English prose looks like. */
const PROSE = /[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{2,}/;

/** Calls whose string arguments go to logs or the operator, never to a member. */
const OPERATOR_CALLS = /(?:^|\.)(?:debug|info|warn|error|fatal|trace|log|warnOnce)$/;
const OPERATOR_ERRORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ConfigError',
  'AssertionError',
  'UnsealError',
]);
/** Object properties whose text is for logs, metrics or the operator, or is markup, not prose. */
const OPERATOR_PROPERTIES = new Set(['message', 'help', 'err', 'msg', 'reason', 'style', 'css']);

/** Literals that read as prose but no member reads, each with why. */
const NOT_FOR_MEMBERS: readonly { file: string; text: string; why: string }[] = [
  {
    file: 'src/core/render/download.ts',
    text: 'bytes arrived',
    why: 'the detail clipTooLarge puts in its log message, never in the member’s sentence',
  },
  {
    file: 'src/core/story/story.ts',
    text: 'Look (the same in every shot)',
    why: 'part of the prompt sent to the video model, which reads English',
  },
  {
    file: 'commands/cast.ts',
    text: 'your likeness',
    why: 'cast approve/unapprove descriptions, mirrored in the commands catalog like every definition',
  },
  {
    file: 'commands/cast.ts',
    text: '(a mention)',
    why: 'cast approve/unapprove option descriptions, mirrored in the commands catalog',
  },
];

interface Finding {
  file: string;
  line: number;
  text: string;
}

/**
 * A command's or option's own `description`, or a fixed choice's `name`: the English source that
 * registration sends, mirrored key by key in the commands catalog, which gives every other
 * language (test/unit/i18n-catalogs.test.ts checks the two say the same).
 */
function commandSource(node: ts.Node): boolean {
  const property = node.parent;
  if (!property || !ts.isPropertyAssignment(property) || property.initializer !== node) return false;
  const object = property.parent;
  if (!ts.isObjectLiteralExpression(object)) return false;
  const names = new Set(object.properties.map((p) => p.name?.getText()));
  const key = property.name.getText();
  if (key === 'description') return names.has('name') && (names.has('options') || names.has('type'));
  if (key === 'name') return names.has('value');
  return false;
}

/**
 * Not prose at all: a MIME type or header value, a Redis script, HTML markup, a command line as
 * members type it (`/sora keys add provider:fal`), or a few lowercase words without punctuation:
 * operation names for logs, CSS classes, keywords members type. Catalog sentences start with a
 * capital or end with punctuation; the pseudo-locale runs through each surface catch the rest.
 */
function notProse(text: string): boolean {
  const t = text.trim();
  return (
    /^[a-z]+\/[\w.+-]+(?:;|$)/.test(t) ||
    /redis\.call\(/.test(t) ||
    /^(?:private|public|inline)[,;]/.test(t) ||
    /^[A-Z][\w-]+(?:, [A-Z][\w-]+)+$/.test(t) ||
    t.startsWith('<') ||
    t.startsWith('/') ||
    (/\b[a-z_]+:(?:<|\S)/.test(t) && !/[.!?]$/.test(t)) ||
    (/^[a-z][a-z0-9 -]*$/.test(t) && t.split(' ').length <= 4)
  );
}

function operatorOnly(node: ts.Node): boolean {
  if (commandSource(node)) return true;
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) {
      const callee = at.expression.getText();
      if (OPERATOR_CALLS.test(callee)) return true;
      if (ts.isNewExpression(at) && OPERATOR_ERRORS.has(callee)) return true;
      // The message of an error class of its own that extends Error: for the operator.
      if (callee === 'super') {
        const owner = ts.findAncestor(at, ts.isClassDeclaration);
        const base = owner?.heritageClauses?.[0]?.types[0]?.expression.getText();
        if (base && OPERATOR_ERRORS.has(base)) return true;
      }
    }
    if (ts.isPropertyAssignment(at) && OPERATOR_PROPERTIES.has(at.name.getText())) return true;
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    // A type's text (a string literal type) is nothing shown.
    if (ts.isLiteralTypeNode(at)) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) break;
  }
  return false;
}

function findings(file: string): Finding[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const visit = (node: ts.Node) => {
    const texts: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    // A template is read whole, each placeholder standing in as a number (not a word).
    if (ts.isTemplateExpression(node)) {
      texts.push(node.head.text + node.templateSpans.map((span) => `0${span.literal.text}`).join(''));
    }
    const prose = texts.filter((t) => !notProse(t) && PROSE.test(t.replace(/<[^>]*>/g, ' ')));
    const named = NOT_FOR_MEMBERS.some((n) => n.file === file && prose.some((t) => t.includes(n.text)));
    if (prose.length > 0 && !named && !operatorOnly(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push({ file, line: line + 1, text: node.getText().slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('member-facing text', () => {
  it('comes from the catalogs: no English sentence is left in a render path', () => {
    const files = execFileSync('git', ['ls-files', ...PATHS], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.ts$/.test(f) && !OUTSIDE.some((re) => re.test(f)));
    expect(files.length).toBeGreaterThan(100);
    const all = files.flatMap(findings);
    expect(all.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });

  it('the scanner finds a sentence where one is, and lets logs and errors for operators pass', () => {
    const probe = 'test/unit/fixtures/i18n-literals-probe.ts';
    const lines = findings(probe).map((f) => f.line);
    expect(lines).toEqual([3, 4]);
  });
});
