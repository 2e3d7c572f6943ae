/**
 * A neighbourhood association's 役員会議事録 closes its header with who kept the record after a colon, under the absent
 * (`欠席者：岩崎　隆（子ども会担当）` / `記　録：佐伯`): a roll of its own (it had been a group of the absent, `欠席者（記録）`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'令和６年度　第４回　緑ヶ丘五丁目自治会　役員会議事録',
	'',
	'日　時：令和６年９月８日（日）　１９：００～２０：００',
	'場　所：緑ヶ丘五丁目集会所',
	'出席者：会長　菅谷　俊介、副会長　宮下　恭子、会計　田辺　稔',
	'欠席者：書記　柳田　早紀',
	'記　録：宮下',
	'',
	'１．敬老会について',
	'菅谷会長：今年は９月２２日に開きます。',
	'田辺会計：記念品の予算は前年と同じです。',
	'',
	'以上',
];

describe('who kept the record under the absent', () => {
	const result = parseText(minutes.join('\n'), 'yakuinkai.txt');

	test('is a roll of its own', () => {
		const roll = result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);
		expect(roll?.slice(1)).toEqual([
			['欠席者', ['柳田　早紀']],
			['記録', ['宮下']],
		]);
	});
});
