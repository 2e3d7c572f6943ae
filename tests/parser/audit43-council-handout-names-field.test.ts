/**
 * A city's 会議録 form (a PDF's text) lists its fields by long labels, `会議の名称`, `開催日時`, `出席者氏名`, `議題`,
 * `公開・非公開の別`, `傍聴人の数`, and the papers under `会議資料の名称` (`資料１　環境基本計画年次報告書（案）`, the next
 * one under it at the column). They are the record's handouts (they had been paragraphs of the text, no handout read).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const handouts = (label: string) =>
	parseText(
		[
			'会　議　録',
			'会議の名称　令和６年度第２回さくら台市環境審議会',
			'開催日時　令和６年１１月２０日（水）　午後２時００分から午後３時３０分まで',
			'開催場所　さくら台市役所　３階　３０１会議室',
			'出席者氏名　（委員）',
			'　　　　　　　　　　藤原　誠（会長）、村井　明子（副会長）、新田　聡',
			'議題　１　さくら台市環境基本計画の改定について',
			'公開・非公開の別　公開',
			'傍聴人の数　　なし',
			`${label}　資料１　環境基本計画改定の方向性（案）`,
			'　　　　　　　　資料２　市民アンケート結果',
			'会議内容',
			'（会長）',
			'　それでは議題１について事務局から説明をお願いします。',
			'（新田委員）',
			'　アンケートの回収率はどの程度か。',
		].join('\n'),
		'a.txt',
	).meeting?.handouts.map((h) => [h.id, h.title]);

describe('the papers under 会議資料の名称', () => {
	for (const label of ['会議資料の名称', '配付資料の名称']) {
		test(label, () => {
			expect(handouts(label)).toEqual([
				['資料１', '環境基本計画改定の方向性（案）'],
				['資料２', '市民アンケート結果'],
			]);
		});
	}
});
