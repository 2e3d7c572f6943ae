/**
 * The 参議院 prints a member's written question without `提出者`: the member signs under the covering line and the date, over
 * the Speaker it is addressed to (`高橋　美咲` / `参議院議長　尾辻　秀久　殿`). Before, the question was no record of the
 * series 質問主意書 but a plain document titled `質問第一〇五号`, its member no one.
 */
import { expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const QUESTION = `質問第一〇五号

学校給食費の無償化に関する質問主意書

右の質問主意書を国会法第七十四条によって提出する。

　令和六年五月十日

高橋　美咲　　

　　　参議院議長　尾辻　秀久　殿

―――――――――――――

　　　学校給食費の無償化に関する質問主意書

　物価の高騰が続く中、子育て世帯の負担は増している。以下質問する。

一　学校給食費を無償としている市区町村の数を示されたい。

二　無償化に必要となる財源の規模について、政府の見解を示されたい。

　右質問する。
`;

test('the 参議院’s question is a record of its member, the words theirs', () => {
	const { meeting } = parseText(QUESTION, 'shitsumon-105.txt');
	expect([meeting?.title, meeting?.series, meeting?.date]).toEqual(['学校給食費の無償化に関する質問主意書', '質問主意書', '2024-05-10']);
	expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.title, member.name])])).toEqual([['提出者', [['参議院議員', '高橋 美咲']]]]);
	expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['高橋美咲君']);
	expect(meeting?.remarks[0]?.text.split('\n')).toEqual([
		'物価の高騰が続く中、子育て世帯の負担は増している。以下質問する。',
		'一　学校給食費を無償としている市区町村の数を示されたい。',
		'二　無償化に必要となる財源の規模について、政府の見解を示されたい。',
	]);
});
