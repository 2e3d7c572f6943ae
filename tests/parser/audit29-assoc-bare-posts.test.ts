/**
 * Officers of associations speaking under their post alone, as owners' associations, foundations and unions write them
 * (`副理事長：…`, `評議員：…`, `代議員：…`, `執行委員長　…`, `監査役：…`): each a turn, where their words had run into the turn
 * before them.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('an owners’ association’s board in Markdown, its officers by post', () => {
	const result = parseLines(
		['# 管理組合 第5回理事会 議事録', '', '- 日時：2024年11月9日（土）10:00～11:30', '', '## 第1号議案　駐輪場の件', '', '理事長：登録制にしたいと思います。', '', '副理事長：登録シールの費用はどうなりますか。', '', '理事長：組合負担とします。'],
		'kanri.md',
	);

	test('reads 副理事長 as a speaker', () => {
		expect(turnsOf(result)).toEqual([
			['理事長', '登録制にしたいと思います。'],
			['副理事長', '登録シールの費用はどうなりますか。'],
			['理事長', '組合負担とします。'],
		]);
	});
});

describe('a foundation’s council and a union’s convention in text, by post', () => {
	test('reads 評議員, 監査役 and 代議員 as speakers', () => {
		const council = parseLines(['評議員会　議事録', '', '日時：2024年6月25日', '場所：会議室', '', '議事', '議長：決算について説明を求めます。', '評議員：事業費の増加理由は何か。', '監査役：適正に処理されています。', '常務理事：展示会を増やしたためです。'], 'zaidan.txt');
		expect(turnsOf(council).map(([speaker]) => speaker)).toEqual(['議長', '評議員', '監査役', '常務理事']);
		const union = parseLines(['定期大会　議事録', '', '日時：2024年9月7日', '場所：大ホール', '', '議事', '議長：質疑を受けます。', '代議員：賃上げの成果について伺いたい。', '執行委員長：満額回答は６割でした。'], 'union.txt');
		expect(turnsOf(union).map(([speaker]) => speaker)).toEqual(['議長', '代議員', '執行委員長']);
	});
});
