/**
 * A saved minutes page's links after the minutes: the list of the body's other meetings under its heading (`過去の開催状況`),
 * the link to the meeting before (`前回の議事要旨`), a page-top link with its arrow (`▲このページの先頭へ`) and a viewer's
 * `目次へ戻る`: the page's, never words of the last turn.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.html', sourceHash: '0'.repeat(64) })[0];

const minutes = (foot: readonly string[]) => [
	'第7回 防災会議専門部会',
	'',
	'日時：令和6年2月15日（木曜日）13時30分～15時30分',
	'場所：県庁西館　4階　大会議室',
	'',
	'議事要旨',
	'',
	'（部会長）前回の議論を踏まえ、修正案を取りまとめた。',
	'',
	'（山崎委員）個別避難計画の作成率を明記すべき。',
	'',
	'（部会長）本日の意見を反映し、修正案を確定させる。',
	'',
	...foot,
];

describe('links to the body\'s other meetings under the minutes', () => {
	for (const heading of ['過去の開催状況', 'これまでの開催状況', '過去の議事録', '会議録一覧']) {
		test(heading, () => {
			const result = parse(minutes([heading, '', '第6回 防災会議専門部会（令和5年11月20日）', '', '第5回 防災会議専門部会（令和5年8月3日）', '', '前回の議事要旨', '', 'お問い合わせ', '危機管理課　防災企画担当', '電話：000-000-0000']));
			expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['部会長', '山崎委員', '部会長']);
			expect(result?.meeting?.remarks.at(-1)?.text).toBe('本日の意見を反映し、修正案を確定させる。');
			expect(JSON.stringify(result?.body)).not.toContain('第6回');
			expect(JSON.stringify(result?.body)).not.toContain('前回の議事要旨');
		});
	}
});

describe('page-top and contents links after the minutes', () => {
	for (const foot of [['▲このページの先頭へ'], ['目次へ戻る　このページのトップへ'], ['↑ページのトップへ戻る']]) {
		test(foot.join(' '), () => {
			const result = parse(minutes(foot));
			expect(result?.meeting?.remarks.at(-1)?.text).toBe('本日の意見を反映し、修正案を確定させる。');
			expect(JSON.stringify(result?.body)).not.toContain(foot[0]!.slice(1, 6));
		});
	}
});
