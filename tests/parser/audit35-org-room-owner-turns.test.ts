/**
 * An owners' association's floor speaking by room and what they are (`608号室 組合員：…`, `702号室　区分所有者：…`): each a turn
 * of its own (their words had been joined to the turn above them).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'コートハウス白川台管理組合',
	'第22期 通常総会 議事録',
	'',
	'日時：2024年5月26日（日）10:00～11:45',
	'場所：本マンション1階 集会室',
	'出席役員：理事長　川口　誠、監事　佐々木　修',
	'',
	'第1号議案　第21期決算報告承認の件',
	'議長：会計担当の理事からご説明をお願いします。',
	'佐々木監事：監査の結果、帳簿は適正に処理されておりました。',
	'608号室 組合員：修繕積立金の運用はどうなっていますか。',
	'議長：定期預金で運用しております。',
	'702号室　区分所有者：工事の騒音の時間帯は決まっていますか。',
	'議長：平日の9時から17時までとします。',
].join('\n');

describe('the floor by room and what they are', () => {
	test('each is a turn of its own', () => {
		const meeting = parseText(text, 'owners.txt').meeting;
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長', '会計担当の理事からご説明をお願いします。'],
			['佐々木監事', '監査の結果、帳簿は適正に処理されておりました。'],
			['608号室 組合員', '修繕積立金の運用はどうなっていますか。'],
			['議長', '定期預金で運用しております。'],
			['702号室　区分所有者', '工事の騒音の時間帯は決まっていますか。'],
			['議長', '平日の9時から17時までとします。'],
		]);
	});
});
