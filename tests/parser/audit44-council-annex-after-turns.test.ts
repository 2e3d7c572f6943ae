/**
 * A city's 審議会 会議録 with the report it agreed on attached after the last turn (`【青柳会長】` / `以上で本日の会議を終了いたし
 * ます。` / blank / `別紙　答申（案）` / the report's title and numbered parts), as records append a paper under `別紙`, `別紙２`,
 * `（別紙）`, `【別添１】　委員名簿`. The annex heads a part of its own, its lines no one's words (they had become the chair's
 * closing words).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const read = (annex: string) =>
	parseText(
		[
			'第９回　つばさ市上下水道事業経営審議会　会議録',
			'',
			'日　　時：令和６年１１月２０日（水）　午前１０時～午前１１時４５分',
			'場　　所：つばさ市上下水道局　４階　会議室',
			'出席委員：会長　　青柳　敏行（つばさ大学経済学部教授）',
			'　　　　　委員　　大門　一成（つばさ商工会議所）',
			'',
			'【議事】',
			'【大門委員】',
			'「目途に」とすると、改定が先送りされる印象を与えないか。',
			'【青柳会長】',
			'以上で本日の会議を終了いたします。',
			'',
			annex,
			'つばさ市上下水道事業の経営について（答申）',
			'１　料金水準について',
			'　令和８年度を目途に、平均改定率１５％程度の改定を行うことが適当である。',
		].join('\n'),
		'a.txt',
	);

describe('an annex after the last turn', () => {
	for (const annex of ['別紙　答申（案）', '別紙', '別紙２', '（別紙）', '【別添１】　答申（案）']) {
		test(annex, () => {
			const { meeting, body } = read(annex);
			expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
				['大門委員', '「目途に」とすると、改定が先送りされる印象を与えないか。'],
				['青柳会長', '以上で本日の会議を終了いたします。'],
			]);
			const annexed = body.at(-1);
			expect(annexed?.children.every((block) => block.type !== 'remark')).toBe(true);
			expect(annexed?.children.some((block) => 'text' in block && block.text.includes('平均改定率'))).toBe(true);
		});
	}
});
