/**
 * A union's 定期大会 (an association's 総会) lists its order of business under `大会次第` (`１．開会` … `６．閉会`), then its
 * motions under the word of the business alone (`議　事` / `第１号議案　…` / `第２号議案　…`): the motions are the agenda, the
 * word heading them (it had run on into the order's last part, an item `閉会議　事`, the motions after the parts).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'あおば交通労働組合　第５２回定期大会　議事録',
	'',
	'１．日　時　２０２４年１０月５日（土）　１３時３０分～１６時００分',
	'２．場　所　あおば会館　３階ホール',
	'３．書記　　本部書記局　中井　明',
	'',
	'大会次第',
	'１．開会',
	'２．議長団選出',
	'３．執行委員長あいさつ',
	'４．議事',
	'５．閉会',
	'',
	'議　事',
	'第１号議案　２０２４年度運動方針（案）',
	'第２号議案　２０２４年度予算（案）',
	'',
	'【開会】',
	'　水野副執行委員長が開会を宣言した。',
	'',
	'【議事】',
	'第１号議案　２０２４年度運動方針（案）',
	'　書記長（石井）：議案書の３ページから提案いたします。',
	'　議長（柴田）：賛成多数で可決しました。',
	'',
	'第２号議案　２０２４年度予算（案）',
	'　会計（吉沢）：組合費収入は前年並みを見込んでいます。',
	'　議長（原）：全員異議なく可決しました。',
];

describe('a convention’s order, then its motions', () => {
	const result = parseText(minutes.join('\n'), 'taikai.txt');

	test('the motions are the agenda, no part run into the word over them', () => {
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　２０２４年度運動方針（案）', '第２号議案　２０２４年度予算（案）']);
	});
});
