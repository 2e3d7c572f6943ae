/**
 * A union's 大会 heading its roll with the officers before the word (`役員出席` over `中央執行委員長　大西　健吾`, `役員欠席　…`),
 * as `出席役員` heads it: the officers with their posts, where the roll had been lost as text of no one.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'みなと交通労働組合　第42回定期大会　議事録',
	'',
	'日　時　２０２４年９月１４日（土）　午後１時３０分～午後４時１０分',
	'場　所　みなと市勤労会館　大ホール',
	'',
	'代議員出席　７８名（定数８５名）',
	'役員出席',
	'　中央執行委員長　　大西　健吾',
	'　副中央執行委員長　平田　美奈子',
	'　書記長　　　　　　木下　拓也',
	'役員欠席',
	'　会計監査　　　　　宮内　聡',
	'',
	'木下書記長：ただいまより第42回定期大会を開会します。',
	'大西委員長：昨年度は賃上げ交渉で一定の成果を得ました。',
].join('\n');

describe('officers before the word of the roll', () => {
	test('役員出席 and 役員欠席 are the roll with posts', () => {
		const { meeting } = parseText(text, 'union.txt');
		const roll = meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])]);
		expect(roll).toContainEqual(['役員出席', [['中央執行委員長', '大西　健吾'], ['副中央執行委員長', '平田　美奈子'], ['書記長', '木下　拓也']]]);
		expect(roll).toContainEqual(['役員欠席', [['会計監査', '宮内　聡']]]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['木下書記長', '大西委員長']);
	});
});
