/**
 * A prefecture's 委員会 record sets its header as padded fields (`日　時`, `場　所`, `出席委員`, `県出席者`) and lists its business
 * under a bare `議　事`; a sitting of one item lists it alone (`（１）再評価対象事業の審議について`), a blank line, then the turns
 * marked ○. That one item is the agenda, as two or more are (it had been lost from the agenda, the text's first heading instead).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const agenda = (items: readonly string[], blank: boolean) =>
	parseText(
		['令和５年度第３回うぐいす県公共事業評価監視委員会　議事録', '', '日　時　　令和５年１２月１９日（火）　午前１０時から正午まで', '場　所　　うぐいす県庁　大会議室', '出席委員　　濱田委員長、菅野副委員長、桐生委員', '議　事', ...items, ...(blank ? [''] : []), '○濱田委員長　ただいまから委員会を開会します。', '○桐生委員　事業費の内訳を教えてください。'].join('\n'),
		'a.txt',
	).meeting?.agenda.map((item) => item.title);

describe('one item alone under a bare 議事', () => {
	test('set apart from the marked turns by a blank line, the agenda’s item', () => {
		expect(agenda(['（１）再評価対象事業の審議について'], true)).toEqual(['再評価対象事業の審議について']);
	});
});
