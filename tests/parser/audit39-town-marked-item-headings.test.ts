/**
 * A village's sitting whose header gives no 議事日程, each 日程 taken up under a marked heading of its own
 * (`◎日程第１　会議録署名議員の指名`, `△日程第２　一般質問`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第２回みさと村議会定例会会議録（第２号）',
	'令和６年６月１１日（火曜日）　午前９時３０分開議',
	'出席議員（４名）',
	'　１番　青　木　　　誠　　　２番　井　上　　　薫',
	'　３番　上　田　信　夫　　　４番　工　藤　正　人',
	'欠席議員（なし）',
	'',
	'◎日程第１　会議録署名議員の指名',
	'○議長（工藤正人君）　ただいまから本日の会議を開きます。日程第１、会議録署名議員の指名を行います。１番、青木誠君、２番、井上薫君を指名します。',
	'',
	'△日程第２　一般質問',
	'○議長（工藤正人君）　日程第２、一般質問を行います。３番、上田信夫君。',
	'○３番（上田信夫君）　村道の除雪体制について伺います。',
	'○議長（工藤正人君）　以上で一般質問を終わります。',
	'',
	'◎日程第３　議案第２０号　みさと村税条例の一部を改正する条例',
	'○議長（工藤正人君）　日程第３、議案第２０号を議題とします。起立多数です。よって、議案第２０号は可決されました。',
	'',
	'◎散会の宣告',
	'○議長（工藤正人君）　本日はこれで散会します。',
].join('\n');

describe('the 日程 taken up under marked headings', () => {
	const meeting = parseText(record, 'misato-teirei-2.txt').meeting;

	test('each heading of a 日程 is an item of the agenda, in order, linked to its part', () => {
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '会議録署名議員の指名'],
			[2, '一般質問'],
			[3, '議案第２０号　みさと村税条例の一部を改正する条例'],
		]);
		const titles = new Map(meeting?.sections.map((section) => [section.id, section.title]));
		expect(meeting?.agenda.map((item) => titles.get(item.section ?? ''))).toEqual(['日程第１　会議録署名議員の指名', '日程第２　一般質問', '日程第３　議案第２０号　みさと村税条例の一部を改正する条例']);
	});

	test('the headings stay the parts, the speeches whole', () => {
		expect(meeting?.remarks).toHaveLength(6);
		expect(meeting?.remarks.find((remark) => remark.speaker.startsWith('３番'))?.text).toBe('村道の除雪体制について伺います。');
	});
});
