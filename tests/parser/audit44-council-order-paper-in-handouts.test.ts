/**
 * A prefecture's 審議会 部会 議事録 lists its papers under a numbered `７ 配布資料`, each after a bullet, the order of business
 * first as every such list hands it out (`・次第`, `・会議次第`, then `・委員名簿`, `・資料１ …`), before `８ 議事の概要`. The
 * bulleted 次第 is a paper, never the agenda's label: the four are the record's handouts (the list had been cut at it, read as
 * the agenda a second time, every paper lost and a warning that 次第 appeared twice).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('the order of business among the papers', () => {
	for (const paper of ['次第', '会議次第']) {
		test(`・${paper}`, () => {
			const { meeting, diagnostics } = parseText(
				[
					'令和６年度 第１回 あおぞら県環境審議会 自然環境部会 議事録',
					'',
					'１ 日 時　令和６年７月９日（火）　午後２時から午後４時まで',
					'２ 場 所　あおぞら県庁 本館４階 ４０３会議室',
					'３ 出席委員（５０音順、敬称略）',
					'　　石動 まどか、◎越智 忠彦、片倉 伸介',
					'４ 議 題',
					'　（１）部会長の選任について',
					'　（２）あおぞら県希少野生動植物の指定について（諮問）',
					'５ 配布資料',
					`　・${paper}`,
					'　・委員名簿',
					'　・資料１ 希少野生動植物の指定候補種一覧',
					'６ 議事の概要',
					'（１）部会長の選任について',
					'　委員の互選により、越智委員が部会長に選任された。',
				].join('\n'),
				'a.txt',
			);
			expect(meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
				[paper, ''],
				['委員名簿', ''],
				['資料１', '希少野生動植物の指定候補種一覧'],
			]);
			expect(meeting?.agenda.map((item) => item.title)).toEqual(['部会長の選任について', 'あおぞら県希少野生動植物の指定について（諮問）']);
			expect(diagnostics.map((d) => d.code)).toEqual([]);
		});
	}
});
