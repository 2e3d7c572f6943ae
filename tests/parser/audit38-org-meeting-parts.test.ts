/**
 * A residents' association's order of business in parts whose items are numbered again from 1 (`第１部　報告事項` /
 * `１．…` / `２．…` / `第２部　協議事項` / `１．…`): the agenda keeps every item under its own title, and in the text the
 * second part and its first item head the text below them, where both had run into the last turn of the part before.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'さくら台三丁目自治会　令和６年度第２回役員会　議事録',
	'',
	'日時：令和６年６月９日（日）午前１０時～午前１１時４０分',
	'場所：さくら台三丁目集会所',
	'出席者：会長　高村修一、副会長　江口美佐、防犯部長　伊藤浩二、環境部長　宮下文子',
	'',
	'議題',
	'第１部　報告事項',
	'１．５月度会計報告',
	'２．防犯パトロール実施報告',
	'第２部　協議事項',
	'１．夏祭りの開催について',
	'２．資源ごみ回収日程の変更について',
	'',
	'第１部　報告事項',
	'１．５月度会計報告',
	'高村会長：収支は予算どおりです。',
	'２．防犯パトロール実施報告',
	'江口副会長：街灯が切れている箇所はありませんでしたか。',
	'宮下環境部長：北側の坂道で一本切れていましたので、市に連絡済みです。',
	'第２部　協議事項',
	'１．夏祭りの開催について',
	'高村会長：例年どおり８月の第１土曜日に開催したいと思います。',
	'２．資源ごみ回収日程の変更について',
	'宮下環境部長：回収日が第１・第３木曜日に変わります。',
].join('\n');

describe('an order of business in parts numbered again', () => {
	test('the agenda keeps each item whole, the parts as headings of the list', () => {
		const { meeting } = parseText(text, 'jichikai.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第１部　報告事項', '５月度会計報告', '防犯パトロール実施報告', '第２部　協議事項', '夏祭りの開催について', '資源ごみ回収日程の変更について']);
	});

	test('the second part and its first item are no one\'s words', () => {
		const { meeting } = parseText(text, 'jichikai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['高村会長', '収支は予算どおりです。'],
			['江口副会長', '街灯が切れている箇所はありませんでしたか。'],
			['宮下環境部長', '北側の坂道で一本切れていましたので、市に連絡済みです。'],
			['高村会長', '例年どおり８月の第１土曜日に開催したいと思います。'],
			['宮下環境部長', '回収日が第１・第３木曜日に変わります。'],
		]);
		expect(meeting?.sections.map((section) => section.title)).toContain('夏祭りの開催について');
	});
});
