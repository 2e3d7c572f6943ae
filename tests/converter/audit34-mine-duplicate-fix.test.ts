/**
 * Two seeds that make one meeting's page (a meeting's 議事要旨 and its 議事録, dropped in side by side): the one not written gets
 * one line that names both files and says what to do. It had said only which one was written.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { convertSeeds } from '../../src/converter/convert.ts';
import { parseDocuments } from '../../src/parser/index.ts';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'minutes-duplicate-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const HEADER = `１．日時　令和６年５月１０日（金）１０：００～１２：００
２．場所　市役所３階会議室
３．出席者　山田座長、鈴木委員、佐藤委員
`;

test("a meeting's 議事要旨 beside its 議事録: the line says to keep one, or to number two meetings apart", async () => {
	const seeds = join(root, 'seeds');
	const out = join(root, 'out');
	await mkdir(seeds);
	await writeFile(join(seeds, 'gijiroku.txt'), `地域交通検討会（第３回）議事録\n${HEADER}○山田座長　それでは第３回検討会を開会します。\n○鈴木委員　利用者の意見はどう集めましたか。\n○山田座長　以上で閉会します。\n`);
	await writeFile(join(seeds, 'gijiyoshi.txt'), `地域交通検討会（第３回）議事要旨\n${HEADER}４．議事概要\n（鈴木委員）利用者の意見はどう集めたのか。\n（事務局）アンケートを実施した。\n以上\n`);
	const report = await convertSeeds({ seedsDir: seeds, outDir: out, parse: parseDocuments });
	expect(report.errors).toBe(1);
	const lines = report.lines.filter((line) => line.includes('both produce'));
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/gijiyoshi\.txt: .*gijiyoshi\.txt and .*gijiroku\.txt both produce series-[0-9a-f]{8}-003\.mdx .*only .*gijiroku\.txt was written: keep one of the two in seeds\/.*第N回 or date/u);
	expect((await readdir(out)).filter((name) => name.endsWith('.mdx'))).toHaveLength(1);
});
