/**
 * A ministry's 議事要旨 whose points tell what the members said by their role alone (`○委員から、…との意見があった。`, `・構成員より、
 * …との指摘があった。`): with no one's own words as a turn, each such point is a turn of that role, its member unnamed; under a
 * record of verbatim turns it stays the record's. A chair asking the office for work (`…作成するよう事務局に指示があった。`) is the chair's.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const HEAD = ['第５回　地域交通の在り方に関する検討会　議事要旨', '', '１．日時：令和６年７月１２日（金）１４：００～１６：００', '２．場所：中央合同庁舎３号館共用会議室', '３．出席者：大川座長、北野委員、杉本委員', ''];

describe('a summary telling what the members said by their role', () => {
	test('each point by the role alone is a turn of that role', () => {
		const remarks = parse([
			...HEAD,
			'５．議事概要',
			'○事務局より資料１に基づき説明。',
			'○委員から、運転士の確保が最大の課題であり、賃金の見直しと併せて検討すべきとの意見があった。',
			'○構成員より、デマンド交通の効果は外出機会の増加も含めて評価すべきとの指摘があった。',
			'○座長から、本日の意見を踏まえて中間とりまとめ案を作成するよう事務局に指示があった。',
		])?.meeting?.remarks;
		expect(remarks?.map((remark) => [remark.speaker, remark.text])).toEqual([
			['委員', '委員から、運転士の確保が最大の課題であり、賃金の見直しと併せて検討すべきとの意見があった。'],
			['構成員', '構成員より、デマンド交通の効果は外出機会の増加も含めて評価すべきとの指摘があった。'],
			['座長', '座長から、本日の意見を踏まえて中間とりまとめ案を作成するよう事務局に指示があった。'],
		]);
	});

	test('bulleted points are turns too, each its own', () => {
		const remarks = parse([...HEAD, '【議事概要】', '・事務局から資料１について説明があった。', '・委員から、情報アクセシビリティの取組を広げるべきとの意見があった。', '・委員から、手話通訳者の養成が追いついていないとの意見があった。'])?.meeting?.remarks;
		expect(remarks?.map((remark) => remark.speaker)).toEqual(['委員', '委員']);
		expect(remarks?.[1]?.text).toBe('委員から、手話通訳者の養成が追いついていないとの意見があった。');
	});

	test('a sentence joining what the office answered stays the record\'s', () => {
		const remarks = parse([...HEAD, '５．議事概要', '○委員から、財政支援の在り方について質問があり、事務局より、予算要求の中で検討している旨の回答があった。'])?.meeting?.remarks;
		expect(remarks).toEqual([]);
	});
});
