/**
 * An assembly official whose label holds several posts in one run (`○こども未来局子育て支援部長兼こども家庭センター所長兼児童相談所
 * 副所長（御子柴佳代君）`, 41 letters) speaks their own turns, as one with a shorter post does; their answers had run on inside the
 * chair's remark before them.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const POST = 'こども未来局子育て支援部長兼こども家庭センター所長兼児童相談所副所長';

/** A city assembly's sitting: one member asks twice, the official answers twice. */
const SITTING = [
	'つばさ市議会 会議録',
	'',
	'令和　７年１１月定例会（第４回）-11月28日-02号',
	'',
	'令和７年１１月２８日（金曜日）',
	'───────────────────────────────────────',
	'出席議員（２名）',
	'　　　　１番　　相生　　聡君　　　　　２番　　五十嵐　京子君',
	'───────────────────────────────────────',
	'説明のため出席した者',
	`　　市長　　　　大鳥　光太郎君　　　${POST}　　　御子柴　佳代君`,
	'───────────────────────────────────────',
	'　　　　　　　　　　　　　　　　　　　　　　午前１０時００分開議',
	'○議長（五十嵐京子君）　ただいまから本日の会議を開きます。１番、相生聡君。',
	'○１番（相生聡君）　子育て支援について伺います。保育所の待機児童は今年度どこまで減ったのか伺います。',
	`○議長（五十嵐京子君）　${POST}。`,
	`○${POST}（御子柴佳代君）　お答えいたします。四月一日時点で十二名となっております。`,
	'○１番（相生聡君）　放課後児童クラブの定員はどう見直すのか伺います。',
	`○議長（五十嵐京子君）　${POST}。`,
	`○${POST}（御子柴佳代君）　お答えいたします。来年度に二クラス増やす予定でございます。`,
	'○議長（五十嵐京子君）　本日はこれで散会いたします。',
	'　　　　　　　　　　　　　　　　　　　　　　午前１１時１２分散会',
].join('\n');

describe('an assembly official with a label over 40 letters', () => {
	test('each of their answers is a remark of theirs, and the chair’s remarks hold only the chair’s words', () => {
		const { meeting } = parseText(SITTING, 'tsubasa-2025-11-28.txt');
		const remarks = meeting?.remarks ?? [];
		const official = remarks.filter((remark) => remark.speaker === `${POST}（御子柴佳代君）`);
		expect(official.map((remark) => remark.text)).toEqual(['お答えいたします。四月一日時点で十二名となっております。', 'お答えいたします。来年度に二クラス増やす予定でございます。']);
		expect(remarks).toHaveLength(8);
		expect(remarks.filter((remark) => remark.speaker.startsWith('議長')).map((remark) => remark.text).join('')).not.toContain('お答え');
	});
});
