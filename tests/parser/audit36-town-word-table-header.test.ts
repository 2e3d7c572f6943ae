/**
 * A village's 会議録 written in Word, its header's fields and rolls in tables, saved as text: each cell a tab apart
 * (`招集場所⇥みどり村議会議場`, `議席⇥氏名⇥議席⇥氏名` over `1⇥浅田　光男⇥4⇥江川　智子`, `日程第１⇥会議録署名議員の指名`). The tabs are
 * the gaps between cells: the place without them, the members by seat, the agenda's items.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和６年第１回みどり村議会臨時会会議録',
	'',
	'招集年月日\t令和６年１月２６日（金）',
	'招集場所\tみどり村議会議場',
	'開会\t午前１０時００分',
	'',
	'応招議員',
	'議席\t氏名\t議席\t氏名',
	'1\t浅田　光男\t4\t江川　智子',
	'2\t井村　和彦\t5\t大谷　修',
	'3\t上野　里美\t6\t加藤　正',
	'不応招議員',
	'なし',
	'',
	'地方自治法第１２１条の規定により説明のため出席した者',
	'村長\t北川　恭平',
	'総務課長\t小島　亮',
	'',
	'議事日程',
	'日程第１\t会議録署名議員の指名',
	'日程第２\t会期の決定',
	'',
	'○議長（加藤正君）　ただいまから令和６年第１回みどり村議会臨時会を開会します。',
	'○議長（加藤正君）　日程第１、会議録署名議員の指名を行います。１番浅田光男君、２番井村和彦君を指名します。',
	'○議長（加藤正君）　日程第２、会期の決定を議題とします。会期は本日１日とします。',
	'○村長（北川恭平君）　よろしくお願いいたします。',
	'○議長（加藤正君）　これで閉会します。',
	'　　午前１０時３０分閉会',
];

describe("a Word table's cells a tab apart in an assembly's header", () => {
	const { meeting } = parseText(record.join('\n'), 'midori-rinji1.txt');

	test('the members are read by seat, the table’s heads no one', () => {
		const present = meeting?.participants.find((group) => group.group === '出席議員');
		expect(present?.members.map((member) => member.name)).toEqual(['浅田 光男', '江川 智子', '井村 和彦', '大谷 修', '上野 里美', '加藤 正']);
	});

	test('the place, the start and the agenda are without the tabs', () => {
		expect(meeting?.location).toBe('みどり村議会議場');
		expect(meeting?.start).toBe('10:00');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['会議録署名議員の指名', '会期の決定']);
	});
});
