import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** An association's 総会 minutes whose 出席者 field gives its turnout as counts, in person and by proxy, naming no one. */
function minutes(turnout: string): string {
	return [
		'令和６年度　さくら台団地自治会　定期総会　議事録',
		'',
		'日時：令和６年５月１２日（日）午前１０時～１１時３０分',
		'場所：さくら台集会所　大会議室',
		`出席者：${turnout}`,
		'役員：会長　佐々木一郎、副会長　高橋美和、会計　崎山健太',
		'',
		'議事',
		'佐々木会長：ただいまから定期総会を開会します。会則第１２条により総会は成立しています。',
		'崎山会計：決算について御報告します。残額は繰越金といたします。',
		'佐々木会長：以上で総会を閉会します。',
		'',
	].join('\n');
}

describe('a general meeting\'s turnout in its 出席者 field', () => {
	test.each([
		'会員１２０名中　出席４２名、委任状５１通',
		'正会員総数１２０名中　出席４２名（委任状５１名を含む）',
		'本人出席４２名　委任状５１名　計９３名',
		'組合員３５０名中　本人出席８２名、書面議決１２０名、代理人出席１５名',
	])('%s is a note on the list, no member', (turnout) => {
		const { meeting } = parseMinutes(minutes(turnout), { source: 'soukai.txt', sourceHash: '0'.repeat(64) });
		const present = meeting?.participants.find((group) => group.group === '出席者');
		expect(present?.members).toEqual([]);
		expect(present?.note).toBe(turnout);
		expect(meeting?.participants.find((group) => group.group === '役員')?.members.map((member) => member.name)).toEqual(['佐々木一郎', '高橋美和', '崎山健太']);
		expect(meeting?.remarks).toHaveLength(3);
	});

	test('a count of one group alone stays the entry it is', () => {
		const { meeting } = parseMinutes(minutes('理事1名'), { source: 'soukai.txt', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants.find((group) => group.group === '出席者')?.members.map((member) => member.text)).toEqual(['理事1名']);
	});
});
