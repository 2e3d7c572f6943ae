/**
 * A member's seat written in half-width digits, which a word processor's PDF spaces from the Japanese around them
 * (`○2 番（鈴木花子君）　…`, as LibreOffice and Word set half-width digits in Japanese text, upright or in vertical
 * writing): the seat and 番 are one label, the member's turns their own.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const record = (label: string) =>
	[
		'令和 6 年第 3 回みどり町議会定例会会議録（第 2 号）',
		'令和 6 年 9 月 10 日（火曜日）',
		'午前 10 時開議',
		'○議長（山田太郎君）　ただいまから本日の会議を開きます。日程第 1、一般質問を行います。12 番鈴木花子君。',
		`○${label}　町道の整備について伺います。`,
		'○町長（佐々木次郎君）　お答えいたします。',
		'○議長（山田太郎君）　本日はこれで散会いたします。',
		'午前 11 時 20 分散会',
	].join('\n');

describe('a half-width seat spaced from 番', () => {
	test.each([['12 番（鈴木花子君）'], ['2 番（鈴木花子君）']])('`%s` is the member\'s label, the turn no part of the chair\'s', (label) => {
		const meeting = parseMinutes(record(label), { source: 'spaced.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（山田太郎君）', 'ただいまから本日の会議を開きます。日程第 1、一般質問を行います。12 番鈴木花子君。'],
			[label.replace(' ', ''), '町道の整備について伺います。'],
			['町長（佐々木次郎君）', 'お答えいたします。'],
			['議長（山田太郎君）', '本日はこれで散会いたします。'],
		]);
	});

	test('a seat number in the words, spaced from 番, stays as written', () => {
		const meeting = parseMinutes(record('2 番（鈴木花子君）'), { source: 'spaced.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.remarks[0]?.text).toContain('12 番鈴木花子君。');
	});
});
