/**
 * Prints the mutation score of each file of the last `npm run mutate` (reports/mutation/mutation.json):
 * all mutants, and the non-text ones: the mutants that do not only change a string literal (a
 * reason sentence, a log line). Reason codes are asserted by the tests; sentences are not, so the
 * bar the project holds is on the non-text score: at least 95 % killed in every file.
 * A mutant Stryker marks Ignored (a disable comment with its reason) counts in neither.
 *
 *   node scripts/mutation-score.ts [report.json ...]     exits 1 when a file is under the bar
 */
import { readFileSync } from 'node:fs';

interface Mutant {
  mutatorName: string;
  status: string;
  location: { start: { line: number; column: number } };
  replacement?: string;
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const BAR = 95;
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const verbose = process.argv.includes('--survivors');
const files = new Map<string, Mutant[]>();
for (const path of paths.length > 0 ? paths : ['reports/mutation/mutation.json']) {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  for (const [file, { mutants }] of Object.entries(report.files)) files.set(file, mutants);
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.floor((part / whole) * 1000) / 10);
const rows: string[][] = [['file', 'mutants', 'killed', 'non-text', 'killed', 'score (non-text)', 'score (all)']];
let under = 0;
for (const [file, mutants] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const counted = mutants.filter((mutant) => COUNTED.has(mutant.status));
  const nonText = counted.filter((mutant) => mutant.mutatorName !== 'StringLiteral');
  const killed = counted.filter((mutant) => DETECTED.has(mutant.status)).length;
  const killedNonText = nonText.filter((mutant) => DETECTED.has(mutant.status)).length;
  const score = percent(killedNonText, nonText.length);
  if (score < BAR) under += 1;
  rows.push([file, String(counted.length), String(killed), String(nonText.length), String(killedNonText), `${score.toFixed(1)} %${score < BAR ? ' < ' + BAR : ''}`, `${percent(killed, counted.length).toFixed(1)} %`]);
  if (verbose) {
    for (const mutant of nonText.filter((m) => !DETECTED.has(m.status))) {
      const { line, column } = mutant.location.start;
      console.log(`${file}:${line}:${column} ${mutant.status} ${mutant.mutatorName} → ${(mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}`);
    }
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
if (under > 0) {
  console.log(`\n${under} file(s) under ${BAR} % of non-text mutants killed.`);
  process.exitCode = 1;
}
