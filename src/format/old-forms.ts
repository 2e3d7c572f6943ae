/**
 * The old forms of characters (旧字体) that records printed before the 1949 reform and their reprints keep (`國會`, `第五號`,
 * `缺席議員`, `縣`, and in names `德`, `髙`, `﨑`, `濵`, `邊`), each with its form of today, one character for one. The parser
 * recognises header words, posts and labels in old forms as today's (`src/parser/normalize.ts`); search folds them, so that
 * 徳川 finds 德川 and 高橋 finds 髙橋 (`src/search/query.ts`); every stored and shown text keeps the characters as written.
 */
export const OLD_FORMS = '國會號區縣廳廰經濟營學舊當對總臺點缺豫讀辯辨擧關爲團體數條應權藏圓專實參證處變戰觀聽廣擔賣續繼與醫驛鐵發廢檢險顯萬滿樂將狀壽來禮稱藥辭遞兩鑛勞齒氣圖黨衞榮淸德髙﨑濵邊邉齋齊澤龜彌傳惠櫻澁收卽拂擇從乘佛假價兒寫勵卷嚴囘圍壓壞奬寢寶屆屬巖彈恆惡攝敍晝樞歸歷殘淺溫燈燒獨獻產畫盡祕稅穗絲繪聲肅舍莊觸譯豐賴轉遲郞鄕釋錢錄鎭隱靜靑顏飮餘驗黃默齡擴據效敎槪歲爭硏緖虛裝遙隨靈黑';
/** Today's form of each character of `OLD_FORMS`, in the same order. */
export const TODAY_FORMS = '国会号区県庁庁経済営学旧当対総台点欠予読弁弁挙関為団体数条応権蔵円専実参証処変戦観聴広担売続継与医駅鉄発廃検険顕万満楽将状寿来礼称薬辞逓両鉱労歯気図党衛栄清徳高崎浜辺辺斎斉沢亀弥伝恵桜渋収即払択従乗仏仮価児写励巻厳回囲圧壊奨寝宝届属巌弾恒悪摂叙昼枢帰歴残浅温灯焼独献産画尽秘税穂糸絵声粛舎荘触訳豊頼転遅郎郷釈銭録鎮隠静青顔飲余験黄黙齢拡拠効教概歳争研緒虚装遥随霊黒';
/** Old form → today's form. */
export const TODAY_FORM: ReadonlyMap<string, string> = new Map([...OLD_FORMS].map((char, index) => [char, TODAY_FORMS[index] ?? char]));
/** Any old form (global: for `replace` and `matchAll`). */
export const OLD_FORM = new RegExp(`[${OLD_FORMS}]`, 'gu');
