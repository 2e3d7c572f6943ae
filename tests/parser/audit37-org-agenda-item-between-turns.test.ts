/**
 * A PTA's 運営委員会 whose turns are labels alone over the words (`【会長】` / `…`), each agenda item said again with its number
 * past a blank line between them (`１．夏祭りの準備について`): the item's part, the turns under it in it, where the item had run
 * into the last speaker's words; a speaker's own numbered point, no item of the agenda, stays theirs.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'令和６年度　第３回　ひばり小学校ＰＴＡ運営委員会　議事録',
	'',
	'日時：令和６年７月５日（金）　１０：００～１１：３０',
	'場所：ひばり小学校　会議室',
	'出席者：会長　青木 真由美、副会長　石田 佳奈、副会長　上野 剛',
	'',
	'【議題】',
	'１．夏祭りの準備について',
	'２．ベルマーク集計について',
	'',
	'【会長】',
	'本日は夏祭りの準備を中心に話し合います。',
	'',
	'１．夏祭りの準備について',
	'【上野副会長】',
	'模擬店は例年どおり８店舗を予定しています。',
	'',
	'１．前年度の資料を共有します',
	'【会長】',
	'はい、お願いします。',
	'',
	'２．ベルマーク集計について',
	'【石田副会長】',
	'集計日を７月１９日に変更したいと思います。',
].join('\n');

describe('an agenda item said again between turns of labels alone', () => {
	test('heads its part and leaves the turn above whole', () => {
		const { meeting, body } = parseText(text, 'pta.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', '本日は夏祭りの準備を中心に話し合います。'],
			['上野副会長', '模擬店は例年どおり８店舗を予定しています。\n１．前年度の資料を共有します'],
			['会長', 'はい、お願いします。'],
			['石田副会長', '集計日を７月１９日に変更したいと思います。'],
		]);
		expect(body.map((section) => section.title)).toEqual(['', '夏祭りの準備について', 'ベルマーク集計について']);
		expect(meeting?.agenda.map((item) => item.section)).toEqual(['s1', 's2']);
	});
});
