/**
 * A city's 審議会 会議録 on its form (様式第２号) heads the record's text `会議の経過及び結果` after the header's fields (会議の
 * 名称, 開催日時, 出席者, 議題, 配布資料), as 議事の経過及び結果 heads an assembly committee's (also `審議の経過及び結果`). It is the
 * body's label; it had been read as more of the last paper's title (the handouts' list running on into the record) or, past a
 * blank line, a paragraph of the text's own.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('会議の経過及び結果 heads the text', () => {
	for (const label of ['会議の経過及び結果', '審議の経過及び結果']) {
		test(label, () => {
			const { meeting, body } = parseText(
				[
					'会　議　録',
					'',
					'会議の名称　　令和６年度第１回みずほ台市都市計画審議会',
					'開催日時　　　令和６年５月２８日（火）午前１０時００分～午前１１時３０分',
					'開催場所　　　みずほ台市役所　第２庁舎　大会議室',
					'出席者　　　　（委員）葛西会長、柳瀬委員、百瀬委員',
					'議　　題　　　（１）生産緑地地区の変更について（付議）',
					'配布資料　　　資料１　生産緑地地区の変更について',
					'',
					label,
					'',
					'（１）生産緑地地区の変更について（付議）',
					'事務局　　資料１により説明。',
					'柳瀬委員　削除された地区の跡地利用の見込みはどうなっているか。',
					'事務局　　２地区は宅地分譲、１地区は未定と聞いております。',
				].join('\n'),
				'a.txt',
			);
			expect(meeting?.handouts).toEqual([{ id: '資料１', title: '生産緑地地区の変更について', note: null }]);
			expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局', '柳瀬委員', '事務局']);
			expect(body.map((section) => [section.title, section.children.length])).toEqual([['生産緑地地区の変更について（付議）', 3]]);
		});
	}
});
