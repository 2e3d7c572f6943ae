/**
 * A city's 協議会 議事概要 sets its header as labels alone on their lines (`会議名`, `日 時`, `出席者`, `議 案`), and lists its papers
 * under the items with no number of their own: `参考資料` alone, then the papers in parts by when they were given (`(事前配布資料)`
 * / `・次第` / `・代表者会議委員名簿` / `(当日資料)` / `・座席表`). Those are the handouts, not more items of the agenda (the three
 * items had been followed by eight more, each part and paper one).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'ひまわり市障害者差別解消支援地域協議会代表者会議 議事概要(案)',
	'',
	'日 時',
	'令和5年8月26日(土)9時30分〜11時30分',
	'',
	'場 所',
	'障害福祉センターあおぞら 2階会議室',
	'',
	'出席者',
	'【委員】委員22名(障害者団体、家族会、福祉及び介護、教育、アドバイザー、市職員)',
	'【事務局】5名',
	'',
	'議 案',
	'〇合理的配慮の提供に関する相談事例の共有について',
	'〇市民への啓発の進め方について',
	'〇その他',
	'',
	'参考資料',
	'(事前配布資料)',
	'・次第',
	'・代表者会議委員名簿',
	'・相談事例集(令和4年度分)',
	'(当日資料)',
	'・座席表',
	'',
	'【開会】',
	'・事務局より資料確認と会議の流れについて説明。',
	'',
	'【合理的配慮の提供に関する相談事例の共有について】',
	'・事務局より相談事例集の説明。',
	'・相談窓口がどこにあるのか分かりにくいとの意見があった。',
].join('\n');

describe('papers listed under the items after 参考資料', () => {
	const { meeting, diagnostics } = parseText(record, 'a.txt');

	test('the agenda is the three items', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['合理的配慮の提供に関する相談事例の共有について', '市民への啓発の進め方について', 'その他']);
	});

	test('the papers are the handouts, the parts by when they were given none of them', () => {
		expect(meeting?.handouts.map((handout) => handout.id)).toEqual(['次第', '代表者会議委員名簿', '相談事例集(令和4年度分)', '座席表']);
		expect(diagnostics.filter((d) => d.code === 'unparsed-handout')).toEqual([]);
	});
});
