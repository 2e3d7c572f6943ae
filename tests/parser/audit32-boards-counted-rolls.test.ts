/**
 * A review board's roll that keeps its members anonymous: a group counted with the posts of those who came in brackets
 * (`委員３名（会長、委員Ａ、委員Ｂ）`) and a group counted with its section in brackets (`事務局（総務課）３名`) are notes on the list,
 * no nameless members; a count with names in its bracket is no such note.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const roll = (lines: readonly string[]) =>
	parseDocuments(
		[
			'南山市行政不服審査会　第５回会議　議事要旨',
			'',
			'１　日　時　　令和６年９月３０日（月）　午前１０時～１１時４５分',
			'２　場　所　　南山市役所　７階　７０２会議室',
			...lines,
			'',
			'会長　　　それでは審議を始めます。',
			'委員Ａ　　処分庁の判断根拠となった資料は提出されていますか。',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0];

describe('groups counted, no one named', () => {
	test('the posts in brackets after the count, and the section before it', () => {
		const parsed = roll(['３　出席者　　委員３名（会長、委員Ａ、委員Ｂ）', '　　　　　　　事務局（総務課）３名']);
		expect(parsed?.meeting?.participants.map((group) => [group.group, group.members.length, group.note ?? null])).toEqual([['出席者', 0, '委員３名（会長、委員Ａ、委員Ｂ）、事務局（総務課）３名']]);
		expect(parsed?.diagnostics.filter((d) => d.message.includes('lists no members'))).toEqual([]);
	});

	test('names in the bracket are no note on the list', () => {
		const parsed = roll(['３　出席者　　委員２名（山本一郎、川口二郎）']);
		expect(parsed?.meeting?.participants.map((group) => group.note ?? null)).toEqual([null]);
	});
});
