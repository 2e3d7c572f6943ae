/**
 * A prefectural assembly's sitting whose record names no assembly (`令和５年 ９月定例会`, as the prefecture's minutes system
 * gives it), the chair opening `令和５年９月定例県議会`. Before, `定例県議会` was the assembly: the series of every such sitting of
 * every prefecture; now the file name stands for it, with the warning that asks for the assembly's name.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和５年 ９月定例会
令和５年９月４日(月曜日)
                午前10時0分開会
 ───────────────────
  出 席 議 員(3名)
    1番  有 岡 浩 司  (郷中会)
    2番  坂 本 康 雄  (公明党県議団)
    3番  武 田 浩 二  (県議会自由民主党)
 ───────────────────
  説明のため出席した者
    知     事  河 野 俊 一
 ───────────────────
○議長(武田浩二君) ただいまから、令和５年９月定例県議会を開会いたします。
 これより本日の会議を開きます。
○知事(河野俊一君) 本日提案いたしました議案の概要について御説明いたします。
○議長(武田浩二君) 本日はこれで散会いたします。
   午前10時32分散会
`;

describe('a session’s word before the assembly’s', () => {
	test('定例県議会 names no assembly: the file name stands for it', () => {
		const { family, meeting, diagnostics } = parseText(SITTING, 'miyazaki-r5-09-04.txt');
		expect(family).toBe('assembly');
		expect(meeting?.series).toBe('miyazaki-r5-09-04');
		expect(diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/the assembly is not named/u);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長(武田浩二君)', '知事(河野俊一君)', '議長(武田浩二君)']);
	});

	test('an assembly named after the session’s word is still read', () => {
		const { meeting } = parseText(SITTING.replace('令和５年９月定例県議会を開会', '令和５年９月定例会みやび県議会を開会'), 'miyazaki-r5-09-04.txt');
		expect(meeting?.series).toBe('みやび県議会');
	});
});
