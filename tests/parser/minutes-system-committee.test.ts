/**
 * A committee's record as a minutes system exports it: the title with the system's `本文` and `開催日: …` after the
 * committee, the assembly's name alone under it, and the sitting's times set a letter apart.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const sitting = (title: string, open: string, close: string) => [
	title,
	'みなと県議会',
	'',
	'   令和五年九月四日（月曜日）',
	'',
	open,
	'',
	'◯山本 花子委員長 ただいまから、環境農林委員会を開会いたします。',
	' 本日は、付託議案の審査を行います。',
	'◯森田環境部長 それでは、第十号議案について御説明いたします。',
	' 説明は以上でございます。',
	'◯山本 花子委員長 質疑はありませんか。',
	'      〔「なし」と呼ぶ者あり〕',
	'◯山本 花子委員長 以上で本日の委員会を閉会いたします。',
	'',
	close,
];

describe('a minutes system’s committee record', () => {
	test('`本文 開催日: …` after the committee is no part of its name; the assembly under the title goes before it', () => {
		const result = parseLines(sitting('令和5年 環境農林委員会 本文 開催日: 2023-09-04', '   午 前 十 時 三 分 開 会', '   午 前 十 時 五 十 分 閉 会'));
		expect(result.meeting?.series).toBe('みなと県議会 環境農林委員会');
		expect(result.meeting?.date).toBe('2023-09-04');
	});

	test('a committee sitting whole (`(全体会)`) is the committee, `開催日:` without a space too', () => {
		const result = parseLines(sitting('令和5年予算特別委員会(全体会) 本文 開催日:2023-09-04', '午前十時開会', '午前十時五十分閉会'));
		expect(result.meeting?.series).toBe('みなと県議会 予算特別委員会');
	});

	test('sitting times set a letter apart are the start and the end', () => {
		const result = parseLines(sitting('令和5年 環境農林委員会 本文 開催日: 2023-09-04', '   午 前 十 時 三 分 開 会', '   午 前 十 時 五 十 分 閉 会'));
		expect(result.meeting?.start).toBe('10:03');
		expect(result.meeting?.end).toBe('10:50');
		const last = result.meeting?.remarks.at(-1);
		expect(JSON.stringify(last)).not.toContain('閉 会');
	});
});
