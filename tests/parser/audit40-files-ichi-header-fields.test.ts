/**
 * A village committee's record whose header items are each led by 一 (`一　日時　…`, `一　場所　…`, as official documents
 * number their articles, read from a PDF in vertical writing): the place is the field's value without its mark and
 * label (it had been `一　場所　もみじ村役場…`), as the rolls under `一　出席委員` already were.
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `令和６年もみじ村議会総務常任委員会会議録

一　日時　令和六年八月二十日（火）午前九時三十分開会
一　場所　もみじ村役場　第一委員会室
一　出席委員　委員長　沢田　清、副委員長　永井　恵、委員　堀　達也
一　説明員　村長　中島　茂、総務課長　平野　悟
○委員長（沢田清君）　ただいまから総務常任委員会を開会します。
○総務課長（平野悟君）　本案は、人事院勧告に準じて給料表を改めるものであります。
○委員（堀達也君）　改定による村の負担の増加額はいくらですか。
午前十時十五分閉会
`;

describe('header items led by 一', () => {
	test('the place and the time are read without the mark', () => {
		const meeting = parseMinutes(MINUTES, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.location).toBe('もみじ村役場　第一委員会室');
		expect(meeting?.date).toBe('2024-08-20');
		expect(meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席委員', 3],
			['説明のため出席した者', 2],
		]);
		expect(meeting?.remarks).toHaveLength(3);
	});
});
