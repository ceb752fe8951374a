import type { ErrorsCatalog } from './en.ts';

/**
 * Japanese (です・ます), with the glossary of commands/ja.ts: クリップ, プロンプト, リミックス,
 * コンテスト, ストーリー, ショット, 延長, キャスト, 肖像, 写真; 動画サービス (the video service), 管理者.
 * Japanese has only the `other` plural category.
 */
export const ja: ErrorsCatalog = {
  'error.internal': 'こちら側で問題が発生しました。もう一度お試しください。',

  'error.list.or': '{a}または{b}',
  'error.list.series': '{first}、{rest}',
  'error.list.and2': '{a}と{b}',
  'error.list.and3': '{a}、{b}、{c}',
  'error.list.andOthers': '{a}、{b}ほか{others, plural, other {#人}}',

  'error.givenUp.rateLimited':
    '動画サービスが再試行のたびに混み合っていたため、このクリップは中止されました。料金はかかっていません。しばらくしてからもう一度お試しください。',
  'error.givenUp.unavailable':
    '動画サービスがどの再試行にも応答しなかったため、このクリップは中止されました。料金はかかっていません。しばらくしてからもう一度お試しください。',
  'error.givenUp.download':
    '何度か試しましたが、完成した動画を動画サービスから取得できませんでした。料金はかかっていません。もう一度お試しください。',
  'error.givenUp.delivery':
    '何度か試しましたが、動画をここに投稿できませんでした。料金はかかっていません。しばらくしてからもう一度お試しください。',
  'error.givenUp.diskFull':
    '何度か試しましたが、ボットのサーバーに動画を保存する空き容量がなく、このクリップを保存できませんでした。料金はかかっていません。しばらくしてからもう一度お試しいただき、繰り返し起きる場合はボットの運営者に伝えてください。',
  'error.givenUp.invalidVideo':
    '何度か試しましたが、動画サービスから再生できる動画が届かなかったため、何も投稿されませんでした。料金はかかっていません。しばらくしてからもう一度お試しください。',
  'error.givenUp.other':
    '何度か試しましたが、このクリップを完成できませんでした。料金はかかっていません。しばらくしてからもう一度お試しください。',

  'error.budget.memberActive':
    '待機中または生成中のクリップがすでに{used, plural, other {#本}}あり、ここで1人が同時に持てる上限です。どれかが終わってからもう一度お試しください。',
  'error.budget.memberDailyClips':
    '今日はすでに{used, plural, other {#本}}のクリップを作成しており、ここでの1人あたりの1日の上限です。UTCの午前0時（あと{wait}）にリセットされます。',
  'error.budget.memberDailySeconds':
    'この{seconds}秒のクリップを作ると、今日の動画の上限{max}秒を超えます。残りは{left}秒です。短いクリップにするか、UTCの午前0時（あと{wait}）までお待ちください。',
  'error.budget.memberDailySecondsDone':
    '今日の動画{max}秒分をすべて使いました。UTCの午前0時（あと{wait}）にリセットされます。',
  'error.budget.workspaceDaily':
    'ここでの1日の動画予算は{max, number, ::currency/USD}で、そのうち{used, number, ::currency/USD}が使用済みか進行中のクリップ用に確保されています。このクリップは{cost, number, ::currency/USD}かかります。UTCの午前0時（あと{wait}）にリセットされます。',
  'error.budget.workspaceDailyRoom':
    'ここでの1日の動画予算は{max, number, ::currency/USD}で、そのうち{used, number, ::currency/USD}が使用済みか進行中のクリップ用に確保されています。このクリップは{cost, number, ::currency/USD}かかります。もっと安いクリップなら作れるかもしれません（残り{left, number, ::currency/USD}）。UTCの午前0時（あと{wait}）にリセットされます。',
  'error.budget.workspaceMonthly':
    'ここでの1か月の動画予算は{max, number, ::currency/USD}で、そのうち{used, number, ::currency/USD}が使用済みか進行中のクリップ用に確保されています。このクリップは{cost, number, ::currency/USD}かかります。{date, date, utcMonthDay}（UTC）、あと{wait}でリセットされます。',
  'error.budget.workspaceMonthlyRoom':
    'ここでの1か月の動画予算は{max, number, ::currency/USD}で、そのうち{used, number, ::currency/USD}が使用済みか進行中のクリップ用に確保されています。このクリップは{cost, number, ::currency/USD}かかります。もっと安いクリップなら作れるかもしれません（残り{left, number, ::currency/USD}）。{date, date, utcMonthDay}（UTC）、あと{wait}でリセットされます。',
  'error.budget.wait.minutes': '{minutes}分',
  'error.budget.wait.hours': '{hours}時間',
  'error.budget.wait.hoursMinutes': '{hours}時間{minutes}分',
  'error.budget.wait.days': '{days, plural, other {#日}}',

  'error.admission.rateLimited':
    '1分あたりのコマンドとボタンが{perMinute}回を超えました。ここで1人が送れる上限です。{seconds}秒待ってからもう一度お試しください。',
  'error.admission.channel':
    'このチャンネルではクリップを作れません。管理者が別のチャンネルを指定しています。そちらで試すか、管理者に相談してください。',
  'error.consent.likeness':
    'プロンプトに{names}が含まれていますが、{count, plural, other {ここでの肖像の使用をあなたに許可していません}}。メンバーは /{command} cast allow または cast approve で許可できます。それまでは名前を外してください。',
  'error.consent.appear':
    'プロンプトに{names}が含まれていますが、{count, plural, other {ここでクリップに登場することに同意していません}}。メンバーは /{command} consent on で同意できます。それまでは名前を外してください。',
  'error.consent.withdrawn':
    '{names}がこのクリップへの肖像の使用を{count, plural, other {取り消しました}}。クリップは作成されず、返金されました。',

  'error.clip.promptEmpty': '作りたい動画を説明してください。プロンプトが空です。',
  'error.clip.promptTooLong':
    'プロンプトが{length}文字あります。上限は{max}文字です。短くしてもう一度お試しください。',
  'error.clip.duration':
    '{model}で作れるクリップは{durations}秒です。指定は{duration}秒でした。いずれかの長さを選んでください。',
  'error.clip.size': '{model}で作れるクリップは{sizes}です。「{size}」は含まれていません。',
  'error.clip.aspect': '{model}には{aspect}（{ratio}）の形式がありません。使えるのは{sizes}です。',
  'error.clip.style': '「{style}」というスタイルはありません。{styles}をお試しください。',
  'error.clip.imageUnsupported': '{model}は画像から始められません。画像を外してください。',
  'error.clip.referencesUnsupported':
    'プロンプトに肖像を使えるメンバーが含まれていますが、ここの動画モデルはどれも参照画像に対応していません。{providers}なら対応しています。管理者に相談するか、名前を外してください。',
  'error.clip.editUnsupported':
    'このクリップのモデルは動画を編集できません。代わりにリミックスで、このプロンプトから新しいクリップを作ってください。',
  'error.clip.alreadyDone':
    'このクリップはすでに{state, select, posted {投稿済み} failed {失敗済み} cancelled {キャンセル済み} other {完了}}のため、キャンセルするものはありません。',
  'error.clip.delivering': 'このクリップは今投稿中のため、キャンセルできません。',
  'error.clip.gone': 'そのクリップはもうありません。',
  'error.clip.exists': 'そのクリップはすでにあります。',
  'error.clip.movedOn': 'そのクリップはすでに次の段階に進んでいます。',
  'error.clip.contestsUnavailable': 'ここではコンテストを利用できません。',
  'error.clip.notYours':
    'このクリップを{action, select, cancel {キャンセル} delete {削除} other {変更}}できるのは{author}さんか管理者だけです。',
  'error.clip.cancelledBy': '{name}さんがキャンセルしました。',
  'error.model.unknown': '「{model}」というモデルはありません。次から選んでください：{models}',
  'error.provider.notConfigured': '動画プロバイダー「{name}」は設定されていません。',

  'error.moderation.blocklist':
    'このプロンプトにはこのボットの管理者が許可していない言葉が含まれているため、何も作成・請求されていません。言い換えてもう一度お試しください。',
  'error.moderation.category.minors': '未成年者が関わる性的なコンテンツ',
  'error.moderation.category.selfHarm': '自傷行為',
  'error.moderation.category.graphicViolence': '過激な暴力表現',
  'error.moderation.category.threateningHate': '脅迫を伴うヘイト',
  'error.moderation.category.threats': '脅迫',
  'error.moderation.category.violentWrongdoing': '暴力的な違法行為',
  'error.moderation.category.violence': '暴力',
  'error.moderation.category.hate': 'ヘイト',
  'error.moderation.category.harassment': '嫌がらせ',
  'error.moderation.category.sexual': '性的なコンテンツ',
  'error.moderation.category.wrongdoing': '違法行為',
  'error.moderation.category.rules': 'コンテンツのルール',
  'error.moderation.flagged':
    'コンテンツチェックでこのプロンプトが「{category}」として検出されたため、何も作成・請求されていません。内容を変えてもう一度お試しください。',
  'error.moderation.unavailable':
    'コンテンツチェックが現在応答していないため、何も作成・請求されていません。1分後にもう一度お試しください。',

  'error.cast.handleMention':
    'そのハンドルはメンションかメンバーIDのようです。ada や captain_rex のような普通の単語を選んでください。',
  'error.cast.handleShape':
    'ハンドルは3〜32文字の英字・数字・_・.・- で、英字か数字で始まり英字か数字で終わる必要があります（例：ada、captain_rex）。',
  'error.cast.handleReserved':
    '@{handle}はチャットアプリが全員宛てに使う言葉です。別のハンドルを選んでください。',
  'error.cast.handleTaken': '@{handle}はここで別のメンバーが使っています。別のハンドルを選んでください。',
  'error.cast.modelNoLikeness':
    '{model}はメンバーの肖像を使えません。モデルの指定を外すか、使えるモデルを選んでください：{models}',
  'error.cast.likenessUnsupported':
    '{model}はメンバーの肖像を使えません。クリップは作成されず、返金されました。',
  'error.cast.ownLikeness': '自分の肖像はいつでも使えます。ほかの人を承認してください。',
  'error.cast.botApprove': 'ボットに肖像の使用を承認することはできません。',
  'error.cast.full':
    '写真はすでに{max}枚あり、1人が保存できる上限です。やり直すには /{command} cast remove でキャストを削除してください。',
  'error.cast.providersWithReferences': 'fal（参照画像に対応したVeo 3.1モデル）',
  'error.cast.memberNone': 'そのメンバーはここにキャストがありません。',
  'error.cast.none':
    'ここにはまだキャストがありません。まず /{command} cast add で自分の写真を追加してください。',

  'error.story.describe':
    'ストーリーを説明してください。ショットを | で区切って書きます（例：「キツネが目覚める | キツネが走る」）。',
  'error.story.tooManyShots':
    'ストーリーのショットは最大{max}個ですが、これは{count}個あります。いくつかのショットをまとめてもう一度お試しください。',
  'error.story.shotEmpty':
    '{count}個中{index}番目のショットが空です。その中で起きることを書くか、余分な区切りを削除してください。',
  'error.story.shotTooLong':
    'ショット{index}は{length}文字あります。1ショットの上限は{max}文字です。短くしてもう一度お試しください。',
  'error.story.noShots': 'ショットを1つ以上書いてください。',
  'error.story.tooManyShotsWritten':
    'ストーリーのショットは最大{max}個ですが、{count}個書かれています。いくつかまとめるか、残りは2つ目のストーリーにしてください。',
  'error.story.shotBlank':
    'ショット{index}が空です。その中で起きることを書くか、余分な区切りを削除してください。',
  'error.story.tooLong':
    '{what}だと合計{total}秒になり、上限の{max}秒を超えます。ショットを減らすか短くしてください。',
  'error.story.whatShots': '{seconds}秒のショット{count, plural, other {#個}}',
  'error.story.whatExtended': '{seconds}秒延長したクリップ',
  'error.story.flowUnsupported':
    '{model}は前のショットの最後のフレームからショットを始められませんが、連続モードにはそれが必要です。mode:cut を使うか、{models}のいずれかを使ってください。',
  'error.story.flowUnsupportedAnywhere':
    '{model}は前のショットの最後のフレームからショットを始められませんが、連続モードにはそれが必要で、ここにはそれができるモデルがありません。mode:cut を使ってください。',
  'error.story.gone': 'そのストーリーはもうありません。',
  'error.story.exists': 'そのストーリーはすでにあります。',
  'error.story.rerollNotPosted': 'ショットを作り直せるのは投稿済みのストーリーだけです。',
  'error.story.shotRange': 'このストーリーのショットは1〜{count}です。その中から選んでください。',
  'error.story.shotNotOwn':
    'そのショットはこのストーリーが続きとして使っているクリップです。作り直せるのはストーリー自身のショットだけです。',
  'error.story.noQueue': 'ここではストーリーを実行できません。',
  'error.story.shotGone': 'このストーリーのショットが見つからないため、つなげられません。',
  'error.story.recordMissing':
    'このストーリーの記録が見つからないため、完成できません。追加の料金はかかっていません。',
  'error.story.sourceGone':
    'このストーリーが続きとして使うクリップが削除されたか見つからないため、ストーリーを作れません。',
  'error.story.shotFailed': '{count}個中{index}番目のショットが失敗しました：{why}',
  'error.story.shotFailedUnknown': '動画プロバイダーが作成できませんでした。',
  'error.story.ended': 'このショットが作られる前にストーリーが終了しました。',
  'error.extend.gone': 'そのクリップはもうないため、延長できません。',
  'error.extend.notPosted': '延長できるのは投稿済みのクリップだけです。投稿されるまでお待ちください。',
  'error.extend.sourceGone': 'このクリップの動画は続きを作るのにもう使えません。',
  'error.extend.unsupported':
    '{model}は自分のクリップの延長も画像からの開始もできないため、このクリップは続けられません。',
  'error.extend.unsupportedUse':
    '{model}は自分のクリップの延長も画像からの開始もできないため、このクリップは続けられません。延長するには{models}でクリップを作ってください。',

  'error.render.failed': '動画プロバイダーがこのクリップを作成できませんでした。',
  'error.shot.sourceGone': 'このショットが続きとするクリップが見つからないため、そこから始められません。',
  'error.shot.videoGone': 'この動画はプロバイダーでもう利用できません。',
  'error.shot.continueGone': '続きの元になる動画がプロバイダーでもう利用できないため、続けられません。',
  'error.delivery.notConnected': 'このチャットサービスには現在接続されていません。',
  'error.delivery.tooLarge':
    'クリップは{size, number, ::.0} MiBで、縮小してもこのチャンネルの上限{limit, number, ::.0} MiBを超えます。短いか小さいクリップをお試しください。',
  'error.download.tooLarge':
    '完成した動画がreelbotの受け付ける{mib, number} MiBを超えるため、ダウンロードしませんでした。料金はかかっていません。短いか小さいクリップをお試しください。',
  'error.download.tooSlow':
    '動画サービスからの完成動画の送信が遅すぎたため（{span}以内に届きませんでした）、reelbotは中止しました。料金はかかっていません。しばらくしてからもう一度お試しください。',
  'error.download.minutes': '{count, plural, other {#分}}',
  'error.download.seconds': '{count, plural, other {#秒}}',
  'error.download.cancelled': 'このクリップはキャンセルされました。',

  'error.provider.moderation':
    '動画サービスがコンテンツ規約によりこのプロンプトを拒否しました。言い換えてもう一度お試しください。',
  'error.provider.auth':
    '動画サービスがこちらの認証情報を受け付けませんでした。管理者がAPIキーを確認する必要があります。',
  'error.provider.quota':
    '動画サービスのアカウントのクレジットが不足しています。管理者がチャージする必要があります。',
  'error.provider.modelNotFound':
    '動画サービスはこのモデルの提供を終了しました。管理者に別のモデルを選ぶよう依頼してください。',
  'error.provider.notFound': '動画サービスにこの動画はもうありません。期限切れの可能性があります。',
  'error.provider.notReady': '動画サービスで動画の準備がまだできていません。',
  'error.provider.rateLimited': '動画サービスが現在混み合っています。リクエストはまもなく再試行されます。',
  'error.provider.unavailable': '動画サービスが現在応答していません。リクエストはまもなく再試行されます。',
  'error.provider.downloadFailed': '完成した動画を動画サービスから取得できませんでした。再試行します。',
  'error.provider.unsafeUrl':
    '動画サービスがreelbotの決してアクセスしないアドレス（このマシンまたはプライベートネットワーク）を指定したため、クリップはダウンロードされませんでした。料金はかかっていません。管理者は動画サービスを確認してください。',
  'error.provider.renderFailed':
    '動画サービスがこのクリップを作成できませんでした。別のプロンプトなどでもう一度お試しください。',
  'error.provider.cancelled': '動画サービスがこの生成をキャンセルしました。',
  'error.provider.unknownStatus': '動画サービスがreelbotの知らない状態を報告しました。',
  'error.provider.unknownStatusNamed': '動画サービスがreelbotの知らない状態を報告しました（「{status}」）。',
  'error.provider.expired': '完成した動画は、取得する前に動画サービスで期限切れになりました。',
  'error.provider.rejected': '動画サービスがこのリクエストを拒否しました：{reason}',
  'error.provider.rejectedField': '動画サービスがこのリクエストを拒否しました（{field}）：{reason}',
  'error.provider.couldNotMake': '動画サービスがこのクリップを作成できませんでした：{reason}',
  'error.provider.referenceImage':
    '動画サービスが参照画像を使えませんでした：{reason} 別の画像をお試しください。',
  'error.provider.referenceImagePlain':
    '動画サービスが参照画像を使えませんでした。別の画像をお試しください。',
  'error.provider.noSuchModel': 'この動画サービスはモデル「{model}」を提供していません。',
  'error.provider.tooManyReferences': '{model}は参照画像を{count}枚受け付けられません。',
  'error.provider.promptTooLong':
    '{model}のプロンプトは最大{max}文字ですが、これは{length}文字あります。短くしてもう一度お試しください。',
  'error.provider.firstFrameTooLarge':
    'このショットの開始画像が動画サービスには大きすぎます（{size} MB、上限は{max} MB）。料金はかかっていません。',
  'error.provider.privateImageLink':
    '画像のリンクは公開ウェブ上の画像を指す必要があります。このマシンやプライベートネットワークへのリンクは受け付けません。',

  'error.media.diskFull':
    '待ってみましたが、ボットのサーバーに動画を保存する空き容量がなく、このクリップを保存できませんでした。料金はかかっていません。しばらくしてからもう一度お試しいただき、繰り返し起きる場合はボットの運営者に伝えてください。',
  'error.media.timedOut':
    'ボットのサーバーでこの動画の処理に時間がかかりすぎたため、中止しました。料金はかかっていません。もう一度お試しいただき、繰り返し起きる場合はボットの運営者に伝えてください。',
  'error.media.notVideo':
    '動画サービスから再生できる動画が届かなかったため、投稿しませんでした。料金はかかっていません。もう一度お試しください。',
  'error.media.lastFrame':
    '続きを作るためのクリップの最後のフレームを、ボットが読み取れませんでした。料金はかかっていません。もう一度お試しください。',
  'error.media.join':
    'ボットがショットを1本の動画につなげられませんでした。結合の料金はかかっていません。もう一度お試しいただき、繰り返し起きる場合はボットの運営者に伝えてください。',
  'error.image.invalid':
    'そのファイルはreelbotで使える画像ではありません。JPEG、PNG、WebPの写真を送ってください。',
  'error.image.tooManyPixels':
    'その画像は{width}x{height}ピクセルです。5000万画素未満の画像を送ってください。',
  'error.image.tooManyBytes': 'その画像は{mib, number, ::.0} MiBです。10 MiB以下の画像を送ってください。',
  'error.image.prepare': 'その画像を準備できませんでした。別の画像をお試しください。',
};
