import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { visible, visibleKeepingColour } from '../../src/io/safe-text.js';

const EVIL = '\x1b[2J\x1b]0;x\x07';

describe('visible(): outside text shown, never interpreted', () => {
  it('shows escape sequences, BEL, CR, TAB and LF as control pictures', () => {
    expect(visible(EVIL)).toBe('␛[2J␛]0;x␇');
    expect(visible('a\rb\tc\nd\x00e\x7f')).toBe('a␍b␉c␊d␀e␡');
  });

  it('shows C1 controls and bidirectional controls by code point', () => {
    expect(visible('\x9b2J')).toBe('<U+009B>2J');
    expect(visible('abc\u202Edef\u2066x\u2069')).toBe('abc<U+202E>def<U+2066>x<U+2069>');
  });

  it('keeps line feeds only when asked (multi-line cells), and leaves ordinary text alone', () => {
    expect(visible('a\nb\x1b', { newlines: true })).toBe('a\nb␛');
    const plain = 'Jalan berlubang di Sepaku — 3 m², ꦗꦭꦤ꧀ 🚧';
    expect(visible(plain)).toBe(plain);
  });

  it('is idempotent: what it shows has no control characters left', () => {
    const once = visible(`${EVIL}\x9b\u202E\r\n`);
    expect(visible(once)).toBe(once);
    expect(once).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('visibleKeepingColour(): the backstop of tables and streams', () => {
  const chalk = new Chalk({ level: 1 });

  it('keeps our colours and line feeds, shows every other sequence', () => {
    const ours = chalk.red('late');
    expect(visibleKeepingColour(`${ours} ${EVIL}\n`)).toBe(`${ours} ␛[2J␛]0;x␇\n`);
    expect(visibleKeepingColour('\x1b[H\x1b[?25l')).toBe('␛[H␛[?25l');
  });

  it('in a table cell also shows tabs, C1 and bidi controls; on a stream keeps tabs and leaves C1/bidi (JSON stays exact)', () => {
    expect(visibleKeepingColour('a\tb\x9b\u202E')).toBe('a␉b<U+009B><U+202E>');
    expect(visibleKeepingColour('a\tb\x9b\u202E\x1b', { stream: true })).toBe('a\tb\x9b\u202E␛');
    const json = JSON.stringify({ name: `${EVIL}\x9b\u202E` });
    expect(visibleKeepingColour(json, { stream: true })).toBe(json);
  });

  it('on a stream of many lines, a control after the first line feed is still shown and our colours kept', () => {
    const lines = ['[', '  "a\tb",', '  "\x1b[31mred\x1b[39m",', '  "\x1b]0;x\x07"', ']'].join('\n');
    expect(visibleKeepingColour(lines, { stream: true })).toBe(lines.replace('\x1b]0;x\x07', '␛]0;x␇'));
    expect(visibleKeepingColour('a\nb\r\n', { stream: true })).toBe('a\nb␍\n');
  });
});
