/**
 * A cabinet office's minutes page heads its parts in round brackets (`（議事次第）`, `（配布資料）`, `（議事録）`) under the roll
 * of a table: the order of business and the handouts are read as such, where `（議事次第）` had been read as a group of the
 * roll above it (with no members) and the handouts had been kept as minutes text.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('headings in round brackets after the roll', () => {
	const result = parse([
		'第5回 子ども政策推進会議 議事録',
		'',
		'1　開催日時：令和5年11月20日（月）14:00～16:00',
		'2　場　　所：中央合同庁舎8号館　8階特別大会議室',
		'3　出席者：',
		'',
		'委員長\t山本　和夫\t○○大学名誉教授',
		'委員\t石田　智子\t全国保育協議会副会長',
		'',
		'（議事次第）',
		'',
		'（1）子ども政策の推進について',
		'（2）その他',
		'',
		'（配布資料）',
		'',
		'資料1　子ども政策の現状（PDF形式：350KB）',
		'参考資料　委員名簿（PDF形式：80KB）',
		'',
		'（議事録）',
		'',
		'【山本委員長】　ただいまから第5回子ども政策推進会議を開会いたします。',
		'【石田委員】　保育の現場からは、人材確保が最大の課題です。',
	]);

	test('the roll has no group named after the order of business', () => {
		expect(result?.meeting?.participants.map((group) => group.group)).not.toContain('議事次第');
		expect(result?.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).not.toContain('lists no members');
	});

	test('the agenda and the handouts are read', () => {
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['子ども政策の推進について', 'その他']);
		expect(result?.meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料1', '子ども政策の現状'],
			['参考資料', '委員名簿'],
		]);
	});

	test('the turns follow', () => {
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['山本委員長', '石田委員']);
	});
});

describe('a group of the roll in round brackets stays a group', () => {
	test('`（事務局）` under 出席者', () => {
		const result = parse([
			'第8回薬剤師検討会 議事要旨',
			'１．日時　令和3年3月10日（水）15：00～17：00',
			'２．出席者',
			'（構成員）',
			'太田座長、金子構成員',
			'（事務局）',
			'総務課長',
			'３．議事概要',
			'事務局から資料について説明があった。',
		]);
		expect(result?.meeting?.participants.map((group) => group.group)).toEqual(['構成員', '事務局']);
	});
});
