import type { ContestsCatalog } from './en.ts';

/**
 * Japanese (です・ます), with the glossary of commands/ja.ts: クリップ, プロンプト, リミックス,
 * コンテスト, ランキング; 応募作品 (a contest entry), 投票, キャスト, 肖像. Japanese has only the
 * plural category `other`.
 */
export const ja: ContestsCatalog = {
  'contest.time': '{date} UTC',
  'contest.when': '{time}（あと{duration}）',
  'contest.sentences': '{first}{next}',

  'contest.start.title': '{name}さんがコンテストを開始しました：「{theme}」',
  'contest.start.heading': '{title}（コンテスト {id}）',
  'contest.start.enter':
    '/{command} generate で contest: yes を指定して応募してください。1人{entries, plural, other {#件}}まで、締め切りは{opens}です。',
  'contest.start.vote':
    'その後、気に入った応募作品に{emoji}で投票してください（{closes}まで）。自分の作品への投票とボットの投票は数えません。',
  'contest.start.voterAge':
    '投票が数えられるのは、参加から{days, plural, other {#日}}以上のメンバーのみです。',
  'contest.id': 'コンテストID：{id}',

  'contest.voting.text': 'コンテスト「{theme}」：{sentences}',
  'contest.voting.title': 'コンテスト「{theme}」：投票受付中',
  'contest.voting.nobody':
    '応募は締め切られましたが、応募はありませんでした。投票は{closes}まで受け付けますが、投票できる作品はありません。',
  'contest.voting.open':
    '{entries, plural, other {#件}}の応募で締め切りました。投票は{closes}までです。気に入った応募作品に{emoji}でリアクションしてください。',
  'contest.voting.early':
    'これより前に付けたリアクションは数えられません。投票するには、一度外してから付け直してください。',

  'contest.count.sentence': '{parts}。',
  'contest.count.next': '{before}、{next}',
  'contest.count.also': '{before}、{next}',
  'contest.count.counted': '{count, plural, other {#票}}を集計',
  'contest.count.notCounted': '{list}は集計外',
  'contest.count.self': '{count, plural, other {自分の作品への投票#票}}',
  'contest.count.bots': '{count, plural, other {ボットの投票#票}}',
  'contest.count.outsideWindow': '{count, plural, other {投票期間外の#票}}',
  'contest.count.tooYoung':
    '{days, plural, other {作成から#日未満}}{count, plural, other {のアカウントからの#票}}',
  'contest.count.foundAtClose': '締め切り時にプラットフォーム上で{count, plural, other {#票}}を発見',
  'contest.count.retracted': '{count, plural, other {ボットの停止中に取り消された#票}}',
  'contest.count.ageUnknown':
    '{count, plural, other {#人の投票者はアカウントの古さを確認できませんでした（アカウント作成日がなく、以前に見かけたこともありません）。その票は集計しました。}}',

  'contest.place': '{place, select, 1 {1位} 2 {2位} 3 {3位} other {{place}位}}',
  'contest.entry.ranked': '{place}：{name}さんのクリップ {clipId}、{votes, plural, other {#票}}',
  'contest.entry.listed': '{number}. {name}さんのクリップ {clipId}',
  'contest.results.nobody': 'コンテスト「{theme}」は終了しました。応募がなかったため、優勝者はいません。',
  'contest.results.heading': 'コンテスト「{theme}」は終了しました。{top}',
  'contest.results.top': '応募{entries, plural, other {#件}}、上位は次のとおりです：',
  'contest.results.title': 'コンテスト「{theme}」は終了しました',
  'contest.results.noWinner': '応募がなかったため、優勝者はいません。',
  'contest.results.counting': '集計方法：{accounting}同票の場合は先に応募した作品が上位です。',
  'contest.more': '…ほか{count, plural, other {#件}}の応募作品がチャンネルにあります。',

  'contest.entries.none': 'コンテスト「{theme}」：まだ応募はありません。応募は{opens}まで受け付けます。',
  'contest.entries.noneTitle': 'コンテスト「{theme}」：まだ応募はありません',
  'contest.entries.openUntil': '応募は{opens}まで受け付けます。',
  'contest.entries.heading': '{title}。投票が数えられるのは投票開始（{opens}）からです。',
  'contest.entries.title': 'コンテスト「{theme}」：現在{entries, plural, other {#件}}の応募',
  'contest.entries.votesLater': '投票が数えられるのは投票開始（{opens}）からです。',

  'contest.status.submissions':
    '{name}さんのコンテスト「{theme}」（コンテスト {id}）：{opens}まで応募受付中、1人{perMember}件まで、現在{entries}件。その後{voteFor}の投票期間があります。',
  'contest.status.voting':
    '{name}さんのコンテスト「{theme}」（コンテスト {id}）：{entries, plural, other {#件}}の応募作品に{emoji}で投票受付中（{closes}まで）。',
  'contest.status.closed': '{name}さんのコンテスト「{theme}」（コンテスト {id}）：{closed}に終了。{winner}',
  'contest.status.winner': '優勝：{winner}さんのクリップ {clipId}（{votes, plural, other {#票}}）。',
  'contest.status.noWinner': '優勝者はいません。',
  'contest.status.cancelled':
    '{name}さんのコンテスト「{theme}」（コンテスト {id}）：{by}さんが中止しました。',
  'contest.status.anAdmin': '管理者',
  'contest.status.boardTitle': '{name}さんのコンテスト「{theme}」',
  'contest.status.closedWinner': '{closed}に終了。優勝作品：',
  'contest.standings.voting':
    'コンテスト「{theme}」の途中経過（投票締め切りは{closes}。最終集計では各作品のリアクションも読み取ります）：',
  'contest.standings.final': 'コンテスト「{theme}」の最終結果：',
  'contest.standings.votingTitle': 'コンテスト「{theme}」の途中経過',
  'contest.standings.finalTitle': 'コンテスト「{theme}」の最終結果',
  'contest.standings.closes': '投票締め切りは{closes}です。最終集計では各作品のリアクションも読み取ります。',
  'contest.standings.none': '応募はありません。',

  'contest.cancelled.notice': '{name}さんがコンテスト「{theme}」を中止しました。結果は発表されません。',
  'contest.cancelled.noStandings': 'コンテスト「{theme}」は中止されたため、ランキングはありません。',

  'contest.error.notPosted':
    'そのチャンネルに投稿できなかったため、コンテストは開始されていません。チャンネルと、私が投稿できる権限があるかを確認してください。',
  'contest.error.notPostedBecause':
    'そのチャンネルに投稿できなかったため、コンテストは開始されていません。チャンネルと、私が投稿できる権限があるかを確認してください。{reason}',
  'contest.error.notConnected': 'このチャットサービスには現在接続されていません。',
  'contest.error.already':
    'コンテスト「{theme}」はすでに{state, select, closed {終了しています} cancelled {中止されています} other {終わっています}}。',
  'contest.error.unknownId':
    'そのIDのコンテストはありません。このチャンネルのコンテストに応募するには contest: yes を指定してください。',
  'contest.error.otherChannel':
    'コンテスト「{theme}」は専用のチャンネルでのみ応募を受け付けています。そちらで応募してください。',
  'contest.error.votingOn': 'コンテスト「{theme}」の応募は締め切られ、投票中です。料金はかかっていません。',
  'contest.error.over':
    'コンテスト「{theme}」は{state, select, closed {終了している} cancelled {中止された} other {終わった}}ため、応募を受け付けていません。料金はかかっていません。',
  'contest.error.closedJustNow':
    'コンテスト「{theme}」の応募はたった今締め切られました。料金はかかっていません。',
  'contest.error.noneOpen':
    '現在このチャンネルで開催中のコンテストはないため、応募できません。料金はかかっていません。',
  'contest.error.notHere': 'ここにはそのIDのコンテストはありません。',
  'contest.error.noneRunning':
    'このチャンネルで開催中のコンテストはありません。管理者は /{command} contest start で開始できます。',
  'contest.error.theme': 'コンテストのテーマは1〜{max}文字で指定してください。',
  'contest.error.window':
    '{window, select, submission {応募期間} other {投票期間}}は{min}から{maxDays}日の間で指定してください（例：2h、3d）。',
  'contest.error.entries': '1人あたりの応募数は1〜{max}の整数で指定してください。',
  'contest.error.voterAge': '投票できるメンバーの最低日数は0〜{max}の整数で指定してください。',
  'contest.error.busy':
    'そのチャンネルではすでにコンテスト「{theme}」（コンテスト {id}）が開催中です。同時に開催できるのは1つだけです。何も変更していません。',
  'contest.error.full':
    'コンテスト「{theme}」にはすでに上限の{count, plural, other {#件}}を応募しています。料金はかかっていません。',

  'board.top.title':
    '{period, select, day {過去24時間のトップクリップ} week {過去7日間のトップクリップ} all {歴代トップクリップ} other {殿堂入り：コンテスト優勝作品}}',
  'board.top.heading': '{title}：',
  'board.top.tieRule': '同票の場合は先に投稿されたものが上位です。',
  'board.top.empty': '{title}：まだ投稿がありません。generate で最初の1本を作りましょう。',
  'board.top.hallEmpty': '殿堂入りはまだありません。ここではまだどのコンテストにも優勝者がいません。',
  'board.top.row': '{rank}. 「{prompt}」{name}さん · {votes, plural, other {#票}} · クリップ {clipId}',
  'board.top.rowWon':
    '{rank}. 「{prompt}」{name}さん、「{theme}」優勝 · {votes, plural, other {#票}} · クリップ {clipId}',
  'board.entry.votes': '{rank}. {votes, plural, other {#票}}',
  'board.entry.unranked': '応募作品 {rank}',
  'board.entry.won': '「{theme}」優勝',
  'board.entry.clip': 'クリップ {clipId}',
  'board.entry.by': '{entry}（{name}さん）',
  'board.entry.byWon': '{entry}（{name}さん、「{theme}」優勝）',
  'board.entry.voteCount': '{votes, plural, other {#票}}',
  'board.entry.thumbnailAlt': 'このクリップの1コマ',

  'board.remix.title':
    '{name}さんがあなたのクリップを{origin, select, edit {編集} other {リミックス}}しました',
  'board.remix.label': '{label, select, edit {編集版} remix {リミックス} other {オリジナル}}',
  'board.remix.note': 'この通知は1時間に1回までです。',
  'notice.remix':
    '{name}さんがあなたのクリップ {parentId} を{origin, select, edit {編集} other {リミックス}}しました：クリップ {clipId} をご覧ください。（この通知は1時間に1回までです。）',
  'notice.cast':
    '{name}さんがあなたの肖像を使ってクリップ {clipId} を作りました。作成者と同じく、削除ボタンで削除できます。',
};
