/**
 * A village's 定例会 record as its web page's table copies it, a cell a line, heads its rolls of officials with 職 and 氏名
 * apart by 中黒 (`職務のために出席した者の職・氏名`, `地方自治法第121条により説明のため出席した者の職・氏名`). The headings had been
 * read up to 者 only, their `の職・氏名` left over as notes in the record.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'令和5年第6回北浜村議会定例会 会議録',
	'',
	'招集年月日',
	'令和5年9月12日',
	'',
	'招集の場所',
	'北浜村議会議場',
	'',
	'職務のために出席した者の職・氏名',
	'事務局長',
	'大城保篤',
	'書記',
	'新城良子',
	'',
	'地方自治法第121条により説明のため出席した者の職・氏名',
	'村長',
	'長嶺善巳',
	'総務課長',
	'當銘欽也',
	'',
	'◯議長(仲宗根 豊) これから本日の会議を開きます。',
	'◯村長(長嶺善巳) お答えします。',
	'◯議長(仲宗根 豊) 本日はこれで散会します。',
].join('\n');

describe('roll headings with 職・氏名', () => {
	const result = parseText(record, 'kitahama-2023-09-12.txt');
	test('no part of a heading is left as a note', () => {
		expect(notesOf(result).filter((note) => note.includes('氏名'))).toEqual([]);
	});
	test('the officials and the clerks are read under them', () => {
		expect(rollsOf(result)).toEqual([
			['事務局職員', ['事務局長 大城保篤', '書記 新城良子']],
			['説明のため出席した者', ['村長 長嶺善巳', '総務課長 當銘欽也']],
		]);
	});
});
