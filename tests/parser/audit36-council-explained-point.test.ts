/**
 * A ministry's 議事要旨 telling, as a point of its own, what the secretariat explained (`○事務局より資料１に基づき説明。`): a note
 * of the record's, as the same sentence in brackets is, not a point of the summary's list; the members' points stay the list.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const HEAD = ['第２回　河川流域の防災に関する検討会　議事要旨', '', '１．日時：令和６年６月５日（水）１０：００～１２：００', '２．場所：中央合同庁舎３号館　共用会議室', '３．出席者：', '（委員）谷口座長、浜野委員、福井委員', '（事務局）水管理局　牧野河川計画課長', ''];

describe('a point telling what someone explained', () => {
	test('is a note of the record, the points around it a list', () => {
		const result = parse([
			...HEAD,
			'５．議事概要',
			'○事務局より資料１に基づき説明。',
			'○委員からの主な意見は以下のとおり。',
			'・流域全体での貯留機能の確保が重要である。',
			'・住民への避難情報の伝え方を工夫すべきである。',
			'○事務局から資料２について報告。',
			'・今後の進め方について了承された。',
		]);
		const children = result?.body.flatMap((section) => section.children) ?? [];
		expect(children.map((block) => [block.type, block.type === 'note' ? block.text : block.type === 'list' ? block.items.length : null])).toEqual([
			['note', '事務局より資料１に基づき説明。'],
			['list', 3],
			['note', '事務局から資料２について報告。'],
			['list', 1],
		]);
		expect(result?.meeting?.remarks).toEqual([]);
	});

	test('a point telling what the members said by their role stays their turn', () => {
		const remarks = parse([...HEAD, '５．議事概要', '○事務局より資料１に基づき説明。', '○委員から、堤防の点検の頻度を上げるべきとの発言があった。'])?.meeting?.remarks;
		expect(remarks?.map((remark) => [remark.speaker, remark.text])).toEqual([['委員', '委員から、堤防の点検の頻度を上げるべきとの発言があった。']]);
	});
});
