import { describe, expect, test } from 'vitest';
import { readSittingTime } from '../../src/parser/date.ts';
import { classifyBareLine, classifyLine } from '../../src/parser/lines.ts';
import { memoByText } from '../../src/parser/normalize.ts';
import { matchSectionLine } from '../../src/parser/sections.ts';
import { isWebChrome } from '../../src/parser/web-chrome.ts';

describe('memoByText', () => {
	test('reads a text once, and again after its memory was dropped at the limit', () => {
		const read: string[] = [];
		const remembered = memoByText((text: string) => {
			read.push(text);
			return text.length;
		}, 2);
		expect([remembered('議事'), remembered('議事'), remembered('開会'), remembered('議事')]).toEqual([2, 2, 2, 2]);
		expect(read).toEqual(['議事', '開会']);
		// A third text fills the memory past its limit: it starts again, so 議事 is read anew.
		remembered('閉会');
		remembered('議事');
		expect(read).toEqual(['議事', '開会', '閉会', '議事']);
	});

	test('remembers null and false answers too, and freezes an object answer every caller shares', () => {
		let reads = 0;
		const remembered = memoByText((text: string) => {
			reads++;
			return text === '' ? null : text === '-' ? false : { text };
		});
		expect(remembered('')).toBeNull();
		expect(remembered('')).toBeNull();
		expect(remembered('-')).toBe(false);
		expect(remembered('-')).toBe(false);
		expect(reads).toBe(2);
		const answer = remembered('日時');
		expect(remembered('日時')).toBe(answer);
		expect(Object.isFrozen(answer)).toBe(true);
		expect(() => {
			(answer as { text: string }).text = '場所';
		}).toThrow(TypeError);
	});
});

describe('the remembered line readers answer as the readers they remember', () => {
	const lines = ['開　会', '○議長（山田太郎君）　ただいまから会議を開きます。', '【日時】令和6年5月10日', '（議事概要）', '1 日時令和6年2月7日（水）', 'ホーム > 市議会 > 会議録', '午後３時１５分散会', '委員からの意見は次のとおり。'];

	test.each(lines)('%s', (line) => {
		expect(classifyBareLine(line)).toEqual(classifyLine(line, { inRemark: false, lastHeadingNumber: null }));
		expect(classifyBareLine(line)).toBe(classifyBareLine(line));
	});

	test('header labels bracketed, in round brackets, numbered and run into their value are still found', () => {
		expect(matchSectionLine('【日時】令和6年5月10日')?.key).toBe('date');
		expect(matchSectionLine('〈場所〉市役所本庁舎')?.key).toBe('location');
		expect(matchSectionLine('（議事概要）')?.key).toBe('body');
		expect(matchSectionLine('1 日時令和6年2月7日（水）')?.key).toBe('date');
		expect(matchSectionLine('出席者（敬称略）')?.key).toBe('participants');
		expect(matchSectionLine('本日は皆様お集まりいただきありがとうございます。')).toBeNull();
	});

	test('web-page navigation is found, minutes text is not', () => {
		expect(isWebChrome('ホーム > 市議会 > 会議録')).toBe(true);
		expect(isWebChrome('ホーム > 市議会 > 会議録')).toBe(true);
		expect(isWebChrome('委員からの意見は次のとおり。')).toBe(false);
	});
});

describe('readSittingTime', () => {
	// A line without any first letter of the events is passed over unread; the events' letters in their compatibility and
	// enclosed forms must still be read.
	test.each([
		['午後四時五分散会', '散会', '16:05'],
		['（午後零時三分休憩）', '休憩', '12:03'],
		['午 前 十 一 時 零 分 開 会', '開会', '11:00'],
		['🈞開　午後１時', '再開', '13:00'],
		['午後１時　㊡憩', '休憩', '13:00'],
		['\u{2F9EE}議　午前10時', '開議', '10:00'],
		['正午開議', '開議', '12:00'],
	])('%s', (line, event, clock) => {
		expect(readSittingTime(line)).toEqual({ event, clock, item: false });
	});

	test('a line holding no event is none', () => {
		expect(readSittingTime('午後１時')).toBeNull();
		expect(readSittingTime('本日の会議を終わります。')).toBeNull();
	});
});
