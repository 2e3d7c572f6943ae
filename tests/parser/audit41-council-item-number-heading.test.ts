/**
 * A city's 協議会 summary lists its business in the header (`議　　題：` / `（１）…について` / `（２）…について`), then heads each
 * item's part of the text by its number alone in brackets (`【議題（１）】`, `【議題（２）】`), the record's line and the turns under
 * it (`委員Ｃ：…`). The first such heading opens the text (it had been taken for one more line of the header's list and lost, the
 * first item's turns left under no heading).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const sections = (first: string) =>
	parseText(
		['第５回こはく市介護保険運営協議会　会議録（要旨）', '', '日　　時：令和６年２月８日（木）１８：３０～２０：００', '場　　所：こはく市保健福祉センター　研修室', '出席委員：委員Ａ（会長）、委員Ｂ、委員Ｃ', '議　　題：', '（１）第９期介護保険事業計画（案）について', '（２）地域密着型サービス事業所の指定について', '', first, '事務局より資料１に基づき説明。', '委員Ｃ：保険料の基準額が上がる理由を説明してほしい。', first.replace(/１/u, '２'), '事務局より資料２に基づき説明。', '委員Ｂ：住民への説明は行われているのか。'].join('\n'),
		'a.txt',
	).body.map((section) => [section.title, section.children.flatMap((block) => (block.type === 'remark' ? [block.speaker] : []))]);

describe('the text’s heading of an item by its number alone', () => {
	test.each(['【議題（１）】', '≪議題１≫'])('%s opens the text', (first) => {
		expect(sections(first)).toEqual([
			[first.slice(1, -1), ['委員Ｃ']],
			[first.replace(/１/u, '２').slice(1, -1), ['委員Ｂ']],
		]);
	});
});
