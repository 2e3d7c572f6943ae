/**
 * A summary without a body label whose text opens with a ○ point, a sentence (`○　事務局から、…説明を行った。`), right after the
 * header's fields and a blank line: the point starts the text, kept as written with its ○; the record is read, not kept as plain
 * paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const header = ['第５回　あおい市行政改革推進委員会　議事要旨', '', '日時：令和６年１０月１日（火）１５：００～１６：３０', '場所：あおい市役所　第３会議室', '出席者：近藤会長、松井委員、野村委員', ''];

describe('a ○ point opening the text', () => {
	test('starts the text after the header', () => {
		const result = parse([...header, '○　事務局から、第４次行政改革大綱の進捗状況について説明を行った。', '○　主な意見は次のとおり。', '　・松井委員　窓口のオンライン化の効果を数値で示すべき。', '○　次回は１２月に開催する。']);
		expect(result?.family).toBe('council');
		expect(result?.meeting?.participants[0]?.members.map((member) => member.name)).toEqual(['近藤', '松井', '野村']);
		expect(result?.meeting?.location).toBe('あおい市役所　第３会議室');
		expect(JSON.stringify(result?.body)).toContain('○　事務局から、第４次行政改革大綱の進捗状況について説明を行った。');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['松井委員']);
	});

	test('a header field marked ○ is no such point', () => {
		const result = parse(['第５回　あおい市行政改革推進委員会　議事要旨', '', '○日時　令和６年１０月１日（火）１５：００～１６：３０', '○場所　あおい市役所　第３会議室', '○出席者　近藤会長、松井委員', '', '○近藤会長　ただいまから委員会を開会します。']);
		expect(result?.meeting?.location).toBe('あおい市役所　第３会議室');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['近藤会長']);
	});
});
