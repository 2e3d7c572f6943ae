/**
 * A society's 評議員会 whose turns are `名前役職：…` and whose header gives its quorum as a field (`定足数：評議員１０名中８名出席，
 * 委任状２通により成立`): the header's, never the first speaker's turn (a label before a colon had counted as one
 * more name that speaks, as the turns' names recur).
 */
import { describe, expect, test } from 'vitest';
import { bodyText, fold, parseText } from './unseen-helpers.ts';

describe.each(['定足数：評議員１０名中８名出席，委任状２通により成立', '出席者数：評議員１０名中８名', '定足数：８名（評議員総数１０名の過半数）'])('%s', (field) => {
	const text = [
		'日本地域情報学会　２０２４年度　第２回評議員会　議事録',
		'',
		'日時：２０２４年１２月１日（日）１３：００～１４：３０',
		'会場：東和大学　本郷キャンパス　第３会議室',
		'出席：会長　斎藤 敏夫，副会長　長谷川 理恵，評議員　今井 千尋，遠藤 大輔',
		field,
		'',
		'斎藤会長：来年度は国際シンポジウムを開催したいと考えています。',
		'今井評議員：予算規模はどの程度を想定していますか。',
		'斎藤会長：約３００万円を見込んでいます。',
		'遠藤評議員：若手会員の参加補助も検討してほしい。',
		'長谷川副会長：企画委員会で検討します。',
	].join('\n');

	test('no turn of the field\'s word', () => {
		const result = parseText(text, 'hyogiin.txt');
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['斎藤会長', '今井評議員', '斎藤会長', '遠藤評議員', '長谷川副会長']);
		expect(bodyText(result)).toContain(fold(field));
	});
});
