// `npm run corpus` (part): the slip injector's matrix over the project's clean whole letters — recall per slip, and
// the injections that drew a new warning or error on another line.
import { join } from 'node:path';
import { cleanLetters, inject, matrix } from '../test/helpers/slips.js';

const root = join(import.meta.dirname, '..', 'test', 'fixtures');
const letters = cleanLetters([join(root, 'published'), join(root, 'offices'), join(root, 'letters')], ['nd30', 'qppl']);
const outcomes = letters.flatMap(inject);
console.log(`\ninjected slips on ${letters.length} clean letters (found at the injected line / injected):`);
console.log(matrix(outcomes).lines.join('\n'));
for (const o of outcomes) if (!o.found) console.log(`  missed: ${o.letter}:${o.line} ${o.slip}`);
for (const o of outcomes)
  if (o.elsewhere.length) console.log(`  new elsewhere: ${o.letter}:${o.line} ${o.slip} → ${o.elsewhere.join(', ')}`);
