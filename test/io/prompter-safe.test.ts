import { describe, expect, it } from 'vitest';
import { createInquirerPrompter } from '../../src/io/prompter.js';
import { terminal } from '../helpers/cli.js';

const EVIL = '\x1b[2J\x1b]0;x\x07';
const SHOWN = '␛[2J␛]0;x␇';

async function waitFor(screen: { text: string }, text: string): Promise<void> {
  for (let i = 0; i < 400 && !screen.text.includes(text); i++) await new Promise((r) => setTimeout(r, 5));
  expect(screen.text).toContain(text);
}

/** inquirer draws with escape sequences of its own: only the ones in EVIL must never appear. */
function expectNoneOfEvil(text: string): void {
  expect(text).not.toContain('\x1b[2J');
  expect(text).not.toContain('\x1b]0;x');
  expect(text).not.toContain('\x07');
}

describe('real inquirer prompts draw stored values visibly', () => {
  it('an input default is shown visibly and, accepted unchanged, kept exactly', async () => {
    const { stdin, stdout, stderr } = terminal();
    const prompter = createInquirerPrompter({ stdin, stdout, stderr });
    const answer = prompter.input({ message: 'Name', default: `Siti${EVIL}` });
    await waitFor(stderr, `Siti${SHOWN}`);
    stdin.write('\r');
    expect(await answer).toBe(`Siti${EVIL}`);
    expectNoneOfEvil(stderr.text);
  });

  it('choice labels are shown visibly; the chosen value is the stored one', async () => {
    const { stdin, stdout, stderr } = terminal();
    const prompter = createInquirerPrompter({ stdin, stdout, stderr });
    const answer = prompter.select({ message: 'Unit', choices: [{ name: `DPUPR  Dinas ${EVIL}`, value: 'DPUPR' }] });
    await waitFor(stderr, `Dinas ${SHOWN}`);
    stdin.write('\r');
    expect(await answer).toBe('DPUPR');
    expectNoneOfEvil(stderr.text);
  });
});
