/**
 * A residents' association's officer labelled by surname and the post of a part only an association has (`〔伊藤防犯部長〕`,
 * `【北野婦人部長】`), alone on the line over the words: a turn of that person with that post, where the label had been read
 * as no one (a note, the words run into the turn before).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/index.ts';
import { parseText } from './unseen-helpers.ts';

const text = [
	'さくら台三丁目自治会　役員会　議事録',
	'',
	'日時：令和６年６月９日（日）午前１０時～午前１１時',
	'場所：さくら台三丁目集会所',
	'',
	'１．防犯パトロール実施報告',
	'〔伊藤防犯部長〕',
	'５月は計４回のパトロールを実施しました。',
	'〔江口副会長〕',
	'街灯が切れている箇所はありませんでしたか。',
	'〔伊藤防犯部長〕',
	'北側の坂道で一本切れていましたので、市に連絡済みです。',
	'２．敬老会について',
	'〔北野婦人部長〕',
	'記念品は例年どおりお茶のセットを用意します。',
].join('\n');

describe('a surname glued to an association part\'s post', () => {
	test('each such label alone on its line is a turn of its own', () => {
		const { meeting } = parseText(text, 'jichikai.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['伊藤防犯部長', '５月は計４回のパトロールを実施しました。'],
			['江口副会長', '街灯が切れている箇所はありませんでしたか。'],
			['伊藤防犯部長', '北側の坂道で一本切れていましたので、市に連絡済みです。'],
			['北野婦人部長', '記念品は例年どおりお茶のセットを用意します。'],
		]);
	});

	test('the label reads as the surname and the post; a local government\'s department stays a post', () => {
		expect(parseNameLabel('伊藤防犯部長')).toEqual({ name: '伊藤', title: '防犯部長', affiliation: null });
		expect(parseNameLabel('岡学級委員長')).toEqual({ name: '岡', title: '学級委員長', affiliation: null });
		expect(parseNameLabel('健康福祉部長').name).toBeNull();
	});
});
