/**
 * A union's 定期大会 names its 議長団 (and a company's meeting its members) by the part each comes from, then the full name set
 * apart, no post after it: `４．議長団　南営業所　柴田　真一、北営業所　原　さやか` (`北支部　宮本　圭`, `第二工場　…`): the member is the
 * full name, the part their affiliation (each had been read as no one, or as one name run together with its part).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'あおば交通労働組合　第５２回定期大会　議事録',
	'',
	'１．日　時　２０２４年１０月５日（土）　１３時３０分～１６時００分',
	'２．場　所　あおば会館　３階ホール',
	'３．議長団　南営業所　柴田　真一、北支部　原　和子',
	'４．書記　　本部書記局　中井　明',
	'',
	'【議事】',
	'第１号議案　２０２４年度運動方針（案）',
	'　書記長（石井）：議案書の３ページから提案いたします。',
	'　代議員（南営業所　今西）：休憩時間の確保を方針に明記してほしい。',
	'　議長（柴田）：賛成多数で可決しました。',
];

describe('a part, then a full name, no post', () => {
	const result = parseText(minutes.join('\n'), 'taikai.txt');

	test('each co-chair is named, the part their affiliation', () => {
		const chairs = result.meeting?.participants.find((group) => group.group === '議長団');
		expect(chairs?.members.map((member) => [member.name, member.affiliation])).toEqual([
			['柴田　真一', '南営業所'],
			['原　和子', '北支部'],
		]);
	});
});
