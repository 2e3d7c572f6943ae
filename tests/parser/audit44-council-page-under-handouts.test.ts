/**
 * A city's 審議会 会議録 printed from its form (様式) and copied from the PDF: the header's last field lists the papers
 * (`配布資料　　資料１　…` / `　　　　　　　資料２　…`), and the first page ends under it with its number between dashes
 * (`－１－`, `- 1 -`) before the record's text on the next page. The page's number is no part of the last paper's title (it had
 * been `…改定スケジュール－１－`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('a page number under the handouts', () => {
	for (const page of ['－１－', '- 1 -', '１／３']) {
		test(page, () => {
			const { meeting } = parseText(
				[
					'会　議　録',
					'',
					'会議の名称　　令和６年度第１回みずほ台市都市計画審議会',
					'開催日時　　　令和６年５月２８日（火）午前１０時００分～午前１１時３０分',
					'開催場所　　　みずほ台市役所　第２庁舎　大会議室',
					'出席者　　　　（委員）葛西会長、柳瀬委員、百瀬委員',
					'議　　題　　　（１）生産緑地地区の変更について（付議）',
					'配布資料　　　資料１　生産緑地地区の変更について',
					'　　　　　　　資料２　都市計画マスタープラン改定スケジュール',
					'',
					page,
					'',
					'会議の経過',
					'（１）生産緑地地区の変更について（付議）',
					'事務局　　資料１により説明。',
					'柳瀬委員　削除された地区の跡地利用の見込みはどうなっているか。',
				].join('\n'),
				'a.txt',
			);
			expect(meeting?.handouts).toEqual([
				{ id: '資料１', title: '生産緑地地区の変更について', note: null },
				{ id: '資料２', title: '都市計画マスタープラン改定スケジュール', note: null },
			]);
		});
	}
});
