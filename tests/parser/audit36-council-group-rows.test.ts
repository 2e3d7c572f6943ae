/**
 * A council's roll whose rows each open with a group's word over that group's entries (`事務局　健康推進課長、…`, `オブザーバー
 * 独立行政法人…`, `説明者　株式会社…　営業部長　丸山　哲也`) under the members' row: each word heads a group of its own, even when
 * its entries are posts without names, one organisation or one person (they had run into the members' group).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const groups = (lines: readonly string[]) => parse(lines)?.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name ?? member.affiliation ?? member.title ?? member.text)]);

const BODY = ['', '○会長　ただいまから会議を始めます。事務局から説明をお願いします。', '○事務局　資料１に基づき御説明いたします。', '○会長　ありがとうございました。以上で終了します。'];

describe('rows of a roll headed by a group word', () => {
	test('the office with posts only and the staff counted', () => {
		expect(
			groups([
				'第９回　地域福祉推進協議会　会議録',
				'',
				'日　時　令和６年３月４日（月）　午後２時から午後３時まで',
				'場　所　みなと市役所　第３会議室',
				'出席者　委員　石井会長、内山副会長、岡野委員、北川委員',
				'　　　　　事務局　福祉課長、福祉課係長、社会福祉士２名',
				...BODY,
			]),
		).toEqual([
			['委員', ['石井', '内山', '岡野', '北川']],
			['事務局', ['福祉課長', '福祉課係長', '社会福祉士２名']],
		]);
	});

	test('an observer organisation and a company explainer', () => {
		expect(
			groups([
				'第３回　物流効率化検討会　議事録',
				'',
				'日時：令和６年８月８日（木）１０：００～１２：００',
				'場所：オンライン会議',
				'出席者：',
				'　構成員　小山座長、桜井構成員、田中構成員',
				'　オブザーバー　一般社団法人全国物流協会',
				'　説明者　株式会社ロジネット　企画部長　長谷川　誠',
				'　事務局　物流政策課　中西課長、松田課長補佐',
				...BODY,
			]),
		).toEqual([
			['構成員', ['小山', '桜井', '田中']],
			['オブザーバー', ['一般社団法人全国物流協会']],
			['説明者', ['長谷川　誠']],
			['事務局', ['中西', '松田']],
		]);
	});
});
