/**
 * A 商店会's 総会 records its questions, answers and opinions as `（質問）会員（八木）　…`, `（回答）事務局（西尾）　…` and
 * `（意見）会員（吉川）　…`: what the turn is in brackets, then who gives it as a role with the surname in brackets, a gap, and the
 * words. Each is that member's or office's turn (the role and the surname had been the start of the words, the turn only `質問` or
 * `回答`; the opinion's label had been the whole line's start, `（意見）会員（吉川）`).
 */
import { describe, expect, test } from 'vitest';
import { turnsOf, parseText } from './unseen-helpers.ts';

const record = [
	'令和６年度　みなみ通り商店会　通常総会　議事録',
	'',
	'１．日　時　令和６年５月２０日（月）午後７時～午後８時３０分',
	'２．場　所　みなみ通り会館　２階ホール',
	'３．出席者　会員３２名（うち委任状８名）',
	'',
	'４．議事',
	'第１号議案　令和５年度事業報告について',
	'　事務局より資料に基づき報告があった。',
	'　（質問）会員（八木）　夏の夜市の来場者数はどのくらいか。',
	'　（回答）事務局（西尾）　２日間で約４，２００人でした。',
	'　（質問）会員（３班）　来年度も同じ日程か。',
	'　（回答）天野会長　ご意見として役員会で検討します。',
	'　（意見）会員（吉川）　スタンプラリーの景品は会員店の商品券にしてほしい。',
].join('\n');

describe('questions and answers by a role with the surname in brackets', () => {
	const turns = turnsOf(parseText(record, 'shotenkai.txt'));

	test('each is the member’s or the office’s turn, the words after the gap', () => {
		expect(turns).toContainEqual(['質問（会員　八木）', '夏の夜市の来場者数はどのくらいか。']);
		expect(turns).toContainEqual(['回答（事務局　西尾）', '２日間で約４，２００人でした。']);
		expect(turns).toContainEqual(['回答（天野会長）', 'ご意見として役員会で検討します。']);
		expect(turns).toContainEqual(['意見（会員　吉川）', 'スタンプラリーの景品は会員店の商品券にしてほしい。']);
	});

	test('a part numbered in the bracket is no surname', () => {
		expect(turns.map(([speaker]) => speaker)).not.toContain('質問（会員　３班）');
	});
});
