/**
 * Minutes typed with every bracket twice (`【【佐藤会長】】` over the words, `（（拍手））`, as a Word template's brackets typed
 * again around them): each label speaks as `【佐藤会長】` does and each note is one bracket's; the file had read with no turn,
 * its first label run into the last agenda item.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'さくら台自治会　令和６年度　第５回役員会　議事録',
	'',
	'日時　令和６年１０月６日（日）１９：００～２０：３０',
	'場所　さくら台集会所',
	'出席者　会長　佐藤和夫、会計　高橋誠、防犯部長　伊藤俊介',
	'',
	'議題',
	'（１）秋祭りの収支報告',
	'（２）防犯灯の交換について',
	'',
	'【【佐藤会長】】',
	'本日は二件について協議します。',
	'',
	'（１）秋祭りの収支報告',
	'【【高橋会計】】',
	'秋祭りの収支は２万７千円の黒字となりました。',
	'（（拍手））',
	'',
	'（２）防犯灯の交換について',
	'【【伊藤防犯部長】】',
	'ＬＥＤへの交換を１２基行う予定です。',
	'（（全員賛成で承認））',
].join('\n');

describe('doubled brackets', () => {
	test('each doubled label speaks and the agenda keeps its own items', () => {
		const { meeting } = parseText(text, 'jichikai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['佐藤会長', '本日は二件について協議します。'],
			['高橋会計', '秋祭りの収支は２万７千円の黒字となりました。\n（拍手）'],
			['伊藤防犯部長', 'ＬＥＤへの交換を１２基行う予定です。'],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['秋祭りの収支報告', '防犯灯の交換について']);
	});

	test('a wiki\'s doubled ASCII brackets stay as written', () => {
		const { meeting } = parseText(['さくら台自治会　役員会　議事録', '', '日時　令和６年１０月６日（日）', '', '佐藤会長：資料は[[共有フォルダ]]にあります((後日更新))。'].join('\n'), 'wiki.txt');
		expect(meeting?.remarks.map((remark) => remark.text)).toEqual(['資料は[[共有フォルダ]]にあります((後日更新))。']);
	});
});
