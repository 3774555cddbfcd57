# ruff: noqa: E501  (sentences and their notes kept one per line, as written)
"""Articles written for the layout generator, in our own words: zh-Hans, zh-Hant, ja and en, two per language.

The first article of each language is the one the layout rules were tuned on; the second is held out (its
combinations are reported apart by benchmarks/layout_matrix.py and never used to tune). An article is a title,
authors, sections (a heading title and subsections), subsections (a heading title and paragraphs), and
paragraphs: sentences, each with the note it carries or None. Unnumbered headings (introduction, conclusion)
are the language's usual words.
"""

from __future__ import annotations

from dataclasses import dataclass

Sentence = tuple[str, str | None]


@dataclass(frozen=True)
class Article:
    language: str  # zh-Hans, zh-Hant, ja, en
    title: str
    authors: tuple[str, ...]
    journal: str
    short_title: str
    notes_label: str
    opening: str  # an unnumbered first heading
    closing: str  # an unnumbered last heading
    sections: tuple[tuple[str, tuple[tuple[str, tuple[tuple[Sentence, ...], ...]], ...]], ...]
    # titles of third-level headings, one for each paragraph of a subsection that has two or more (in order), for
    # heading systems three deep (`一、` `（一）` `1．`; `I.` `A.` `1.`; `1` `1.1` `1.1.1`)
    minor: tuple[str, ...] = ()


ZH_HANS_A = Article(
    "zh-Hans",
    "海上通道安全合作的新趋势",
    ("陈思远",),
    "亚太安全评论 2024年第3期",
    "海上通道安全合作",
    "注释",
    "前言",
    "结语",
    (
        (
            "合作的起点",
            (
                (
                    "早期的接触",
                    (
                        (
                            ("各方最初只在港口访问和救灾演练中有零星往来，彼此的了解十分有限。", "王立：《港口外交的历史》，北京出版社2015年版，第12页。"),
                            ("进入新世纪以后，远洋航线上的海盗活动促使各国海军开始定期交换情报。", None),
                            ("这种交换起初并无正式文件，依靠的是指挥官之间的个人信任。", "李华：《护航行动的经验》，载《海洋研究》2018年第2期。"),
                        ),
                        (
                            ("到了二〇一〇年前后，联合巡逻已经成为每年固定的安排。", None),
                            ("参与者也从两三个国家扩大到十余个国家和地区组织。", "海事合作中心：《年度报告》，2012年6月。"),
                        ),
                    ),
                ),
                (
                    "制度的形成",
                    (
                        (
                            ("随着合作的深入，各方签署了信息共享协定，并设立了常设的协调办公室。", "《信息共享协定》文本，2014年5月6日签署。"),
                            ("协调办公室负责汇总航行警告，并向商船发布风险提示。", None),
                            ("这一机制降低了误判的可能，也提高了应急反应的速度。", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "合作的动力",
            (
                (
                    "外部因素",
                    (
                        (
                            ("航运成本的上升和保险费率的波动，使航线安全成为各国共同关心的经济问题。", "张明：《航运保险与风险》，上海人民出版社2019年版。"),
                            ("大国之间的竞争也让中小国家更加重视多边框架下的对话。", None),
                            ("与此同时，新的技术手段改变了海上监视的方式。", "赵宁：《无人系统与海上监视》，载《技术与安全》2021年第4期。"),
                        ),
                    ),
                ),
                (
                    "内部需求",
                    (
                        (
                            ("各国国内的渔业团体和港口企业不断呼吁政府提供更稳定的安全保障。", None),
                            ("议会的预算审议也越来越关注海军在远洋护航中的投入与成效。", "国会预算办公室：《海军开支评估》，2022年3月。"),
                        ),
                        (
                            ("这些压力促使政府把海上合作写入新的国家安全战略文件。", "《国家安全战略》，2022年12月发布。"),
                            ("文件明确提出要与伙伴国家共同维护航行自由。", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("零星的往来", "固定的巡逻", "国内的呼声", "战略的调整"),
)

ZH_HANS_B = Article(
    "zh-Hans",
    "网络防御合作的制度建设",
    ("刘晓峰", "周敏"),
    "国际问题论坛 2023年第5期",
    "网络防御合作",
    "注释",
    "引言",
    "结论",
    (
        (
            "问题的提出",
            (
                (
                    "威胁的变化",
                    (
                        (
                            ("针对电网和医院的网络攻击在近年明显增多，造成的损失也越来越难以估计。", "国家网络安全中心：《威胁态势报告》，2020年10月。"),
                            ("攻击者常常利用多个国家的服务器，单靠一国之力很难追踪来源。", None),
                            ("因此，建立跨国的预警与响应渠道成为迫切的任务。", "孙立：《网络空间的集体防御》，载《战略观察》2021年第1期。"),
                        ),
                    ),
                ),
                (
                    "已有的安排",
                    (
                        (
                            ("一些国家之间已经建立了计算机应急响应小组的热线联系。", None),
                            ("但这些联系多为技术层面的，缺少政治层面的授权与协调。", "吴静：《应急响应机制比较》，清华大学出版社2018年版，第45页。"),
                        ),
                    ),
                ),
            ),
        ),
        (
            "合作的路径",
            (
                (
                    "联合演习",
                    (
                        (
                            ("每年举行的联合演习模拟大规模攻击，检验各方的沟通流程。", "演习组委会：《演习总结》，2022年4月。"),
                            ("演习结束后，参与者会共同撰写改进建议并提交各自政府。", None),
                        ),
                        (
                            ("这种做法使合作从纸面承诺逐步转化为可操作的程序。", None),
                            ("不少观察者认为，演习本身就是建立信任的重要方式。", "马力：《信任建设与演习》，载《安全研究》2023年第2期。"),
                        ),
                    ),
                ),
                (
                    "能力建设",
                    (
                        (
                            ("较发达的国家为伙伴提供培训课程，并帮助其建立国家级的监测中心。", "外交部：《对外援助白皮书》，2021年7月。"),
                            ("培训内容涵盖取证分析、漏洞管理和危机沟通等方面。", None),
                            ("受援国的专业人员数量因此在数年内成倍增长。", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("演习的设计", "程序的形成"),
)

ZH_HANT_A = Article(
    "zh-Hant",
    "區域防衛交流的發展與限制",
    ("林志明",),
    "戰略與評估 第14卷第2期 2023年",
    "區域防衛交流",
    "註釋",
    "前言",
    "結語",
    (
        (
            "交流的演進",
            (
                (
                    "初期的互動",
                    (
                        (
                            ("各國軍方最初僅在多邊會議的場邊進行非正式會談。", "國防部：《國防報告書》，2011年10月。"),
                            ("這些會談多半著重於災害救援與人道援助的協調。", None),
                            ("雙方在此過程中逐漸建立起基本的聯絡管道。", "黃文：《軍事外交的起源》，臺北：五南出版社，2016年，頁88。"),
                        ),
                    ),
                ),
                (
                    "機制的擴大",
                    (
                        (
                            ("其後，各方同意每年輪流主辦防長對話，並設立工作小組。", "《防長對話聯合聲明》，2015年11月4日。"),
                            ("工作小組的議題從海上安全延伸到網路與太空領域。", None),
                        ),
                        (
                            ("參與國家的數目也在十年之間增加了一倍。", None),
                            ("不過，各國對於合作範圍的看法仍有明顯差異。", "陳怡：《多邊安全對話的困境》，載《問題與研究》2019年第3期。"),
                        ),
                    ),
                ),
            ),
        ),
        (
            "面臨的限制",
            (
                (
                    "資源的約束",
                    (
                        (
                            ("多數參與國的國防預算有限，難以長期支撐遠距離的聯合行動。", "立法院預算中心：《國防預算評估》，2020年5月。"),
                            ("人員與裝備的不足也使演習的規模受到限制。", None),
                            ("因此，合作往往停留在對話與訓練的層次。", None),
                        ),
                    ),
                ),
                (
                    "意願的差異",
                    (
                        (
                            ("部分國家擔心過度靠攏會引起周邊大國的不滿。", "張偉：《小國的避險策略》，載《東亞研究》2021年第1期。"),
                            ("另一些國家則希望藉由合作提高自身的國際地位。", None),
                            ("這種分歧使得共同立場的形成相當緩慢。", "劉芳：《聯盟政治與國內政治》，臺北：政大出版社，2022年。"),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("對話的輪辦", "成員的增加"),
)

ZH_HANT_B = Article(
    "zh-Hant",
    "太空安全合作的新議題",
    ("王美玲", "李建國"),
    "國際關係學報 第30期 2024年",
    "太空安全合作",
    "註釋",
    "引言",
    "結論",
    (
        (
            "議題的背景",
            (
                (
                    "軌道環境的變化",
                    (
                        (
                            ("近年來低軌道衛星的數量迅速增加，碰撞風險隨之上升。", "太空事務辦公室：《軌道碎片報告》，2021年9月。"),
                            ("各國因此開始討論如何共享軌道監測資料。", None),
                        ),
                        (
                            ("民間企業的參與也使太空活動的管理更加複雜。", "吳明：《商業太空與國家安全》，載《科技政策》2022年第4期。"),
                            ("現行的國際規範已經難以涵蓋所有的新情況。", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "合作的方向",
            (
                (
                    "資料共享",
                    (
                        (
                            ("部分國家簽署了太空態勢感知的資料交換協定。", "《資料交換協定》，2020年6月簽署。"),
                            ("協定規定雙方應在發現可能碰撞時及時通報。", None),
                            ("這一安排被視為建立互信的第一步。", "周平：《太空互信措施》，載《戰略研究》2023年第2期。"),
                        ),
                    ),
                ),
                (
                    "規範建設",
                    (
                        (
                            ("各方也在多邊場合推動負責任太空行為的準則。", None),
                            ("不過，準則的約束力與驗證方式仍有待討論。", "鄭文：《太空治理的制度選擇》，臺北：三民書局，2024年，頁15。"),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("衛星數量的增加", "民間企業的角色"),
)

JA_A = Article(
    "ja",
    "防衛装備協力の展開と課題",
    ("佐藤健一",),
    "安全保障研究 第14号（令和6年3月）",
    "防衛装備協力",
    "注",
    "はじめに",
    "おわりに",
    (
        (
            "協力の経緯",
            (
                (
                    "初期の取り組み",
                    (
                        (
                            ("当初、装備協力は部品の相互融通といった限られた分野にとどまっていた。", "防衛省「防衛白書」2012年版。"),
                            ("しかし、開発費の高騰により共同開発の必要性が認識されるようになった。", None),
                            ("各国は技術情報の保護に関する取り決めを相次いで結んだ。", "外務省「情報保護協定の概要」2013年7月。"),
                        ),
                    ),
                ),
                (
                    "制度の整備",
                    (
                        (
                            ("その後、輸出に関する新たな原則が定められ、協力の範囲が広がった。", "内閣官房「装備移転三原則」2014年4月1日。"),
                            ("これにより、複数の国との共同研究が具体化した。", None),
                        ),
                        (
                            ("研究の対象は艦艇用の機器から無人機の技術にまで及んでいる。", None),
                            ("他方で、管理の手続きは依然として複雑であると指摘されている。", "田中一郎『装備協力の政治学』東京大学出版会、2019年、45頁。"),
                        ),
                    ),
                ),
            ),
        ),
        (
            "今後の課題",
            (
                (
                    "産業基盤",
                    (
                        (
                            ("国内の防衛産業は受注の減少により撤退する企業が相次いでいる。", "経済産業省「防衛産業に関する調査」2021年6月。"),
                            ("共同開発への参加は、産業基盤を維持する手段としても期待されている。", None),
                            ("ただし、技術流出への懸念も根強い。", "山本花子「技術管理と国際協力」『国際安全保障』第48巻第2号、2020年。"),
                        ),
                    ),
                ),
                (
                    "国際的な調整",
                    (
                        (
                            ("各国の調達制度の違いは、共同事業の進行を遅らせる要因となっている。", None),
                            ("調整のための常設機関を設けるべきだという提案もある。", "鈴木次郎「共同調達の制度設計」『防衛学研究』第60号、2022年。"),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("新たな原則", "研究対象の広がり"),
)

JA_B = Article(
    "ja",
    "海洋安全保障における能力構築支援",
    ("高橋美咲", "伊藤大輔"),
    "国際政策論集 第22号（令和5年9月）",
    "能力構築支援",
    "注",
    "はじめに",
    "むすび",
    (
        (
            "支援の枠組み",
            (
                (
                    "支援の対象",
                    (
                        (
                            ("支援の対象は、沿岸警備の体制が十分でない国々に置かれてきた。", "国際協力機構「海上保安能力向上支援」2018年3月。"),
                            ("巡視船の供与に加え、乗組員の訓練も重視されている。", None),
                        ),
                        (
                            ("訓練は現地と国内の双方で行われ、指導者の育成も進められた。", None),
                            ("その結果、受け入れ国の自律的な運用能力が高まったとされる。", "小林修「能力構築支援の評価」『アジア研究』第65巻第1号、2019年。"),
                        ),
                    ),
                ),
            ),
        ),
        (
            "成果と限界",
            (
                (
                    "成果",
                    (
                        (
                            ("違法操業の摘発件数は支援の開始後に大きく増加した。", "水産庁「違法漁業対策の現状」2021年11月。"),
                            ("地域の情報共有の枠組みにも新たな国が加わった。", None),
                            ("これらは支援の具体的な効果として評価されている。", None),
                        ),
                    ),
                ),
                (
                    "限界",
                    (
                        (
                            ("一方で、供与された装備の維持費が受け入れ国の負担となっている。", "松本恵「援助と維持管理」『開発と安全』第12号、2023年。"),
                            ("長期的な運用を見据えた支援の設計が求められている。", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("対象国の選定", "訓練と人材育成"),
)

EN_A = Article(
    "en",
    "Coast Guard Cooperation in Contested Waters",
    ("Helen Carter",),
    "Review of Maritime Security, Vol. 9, No. 2 (2024)",
    "Coast Guard Cooperation",
    "Notes",
    "Introduction",
    "Conclusion",
    (
        (
            "Origins of the Practice",
            (
                (
                    "Early Contacts",
                    (
                        (
                            ("Coast guards in the region first met at annual forums devoted to search and rescue coordination.", "Regional Forum Secretariat, Annual Report, March 2011."),
                            ("These meetings produced few binding commitments but built a habit of regular consultation.", None),
                            ("Officers exchanged contact lists and agreed on common radio procedures for emergencies.", "Daniel Moore, Guarding the Straits, Harbor Press, 2016, p. 34."),
                        ),
                    ),
                ),
                (
                    "Formal Arrangements",
                    (
                        (
                            ("Over the following decade several governments signed memoranda on information sharing and joint training.", "Memorandum on Maritime Information Sharing, signed 12 June 2015."),
                            ("The memoranda created liaison posts at each partner's headquarters.", None),
                        ),
                        (
                            ("Liaison officers now coordinate patrol schedules and share reports on suspicious vessels.", None),
                            ("Their work has reduced the number of incidents between fishing fleets and patrol ships.", "Laura Chen, Incidents at Sea, Working Paper 12, 2019."),
                        ),
                    ),
                ),
            ),
        ),
        (
            "Limits of Cooperation",
            (
                (
                    "Legal Differences",
                    (
                        (
                            ("Partners still disagree about the legal status of several reefs and the rights that follow from them.", "International Law Commission, Report on Maritime Features, 2020."),
                            ("These disagreements limit what joint patrols are allowed to do in disputed areas.", None),
                            ("Commanders therefore avoid operations that could be read as taking sides.", None),
                        ),
                    ),
                ),
                (
                    "Capacity Gaps",
                    (
                        (
                            ("Smaller services lack the ships and aircraft needed to take part in long operations.", "Oceans Policy Institute, Capacity Survey, November 2021."),
                            ("Training programmes help, but they cannot replace sustained investment in equipment.", "Ravi Patel, Building Maritime Capacity, Policy Brief 7, 2022."),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("Memoranda and Liaison Posts", "Shared Schedules"),
)

EN_B = Article(
    "en",
    "Space Situational Awareness and Allied Planning",
    ("Thomas Reid", "Anna Kowalski"),
    "Journal of Strategic Technology, Vol. 4, No. 1 (2023)",
    "Space Situational Awareness",
    "Endnotes",
    "Introduction",
    "Concluding Remarks",
    (
        (
            "A Crowded Orbit",
            (
                (
                    "Growth of Satellite Fleets",
                    (
                        (
                            ("Commercial operators have launched thousands of small satellites into low orbits in recent years.", "Orbital Traffic Office, Catalogue Review, September 2021."),
                            ("Each launch adds to the work of tracking objects and predicting close approaches.", None),
                        ),
                        (
                            ("Military planners now treat orbital congestion as a problem for operations on the ground.", "Maria Lopez, Orbits and Operations, Sky Books, 2020, p. 112."),
                            ("Warnings about possible collisions must reach operators within hours to be useful.", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "Sharing Arrangements",
            (
                (
                    "Data Agreements",
                    (
                        (
                            ("Allies have signed agreements that allow them to exchange tracking data with one another.", "Agreement on Space Data Exchange, signed 3 May 2019."),
                            ("The agreements specify which data may be shared and how quickly it must be passed on.", None),
                            ("Some partners also host sensors on each other's territory.", "Kenji Watanabe, Ground Sensors Abroad, Research Note 5, 2022."),
                        ),
                    ),
                ),
                (
                    "Common Procedures",
                    (
                        (
                            ("Joint exercises test whether warnings move smoothly between national centres.", None),
                            ("Observers note that procedures improve most quickly when staff train together often.", "Claire Dubois, Lessons from Joint Drills, Occasional Paper 9, 2023."),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("Commercial Launches", "Congestion as a Planning Problem"),
)

TUNED = (ZH_HANS_A, ZH_HANT_A, JA_A, EN_A)
HELD_OUT = (ZH_HANS_B, ZH_HANT_B, JA_B, EN_B)

# lay24a: a second dev article per language, for benchmarks/layout_sweep.py's larger dev draws (never held out;
# the matrix and its floors keep one article per language). Written with what trips note readers: numbers in the
# text (years, counts, decimals, a figure opening a sentence), bracketed years and asides, quotations.
ZH_HANS_C = Article(
    "zh-Hans",
    "北极航道治理中的合作与分歧",
    ("孙立群",),
    "极地国际问题研究 2025年第1期",
    "北极航道治理",
    "注释",
    "引言",
    "结语",
    (
        (
            "航道开放的背景",
            (
                (
                    "冰情的变化",
                    (
                        (
                            ("过去30年间，北冰洋夏季海冰面积减少了约40%，部分航段每年可通航的时间延长到3个月以上。", "刘洋：《北极海冰变化的观测》，载《极地研究》2020年第1期。"),
                            ("2019年，经东北航道运输的货物首次超过3000万吨。", None),
                            ("这一变化引起了沿岸国家和远洋航运企业的共同关注。", "国际航运协会：《北方航线年度统计（2019）》，2020年4月。"),
                        ),
                        (
                            ("不过，冰情的年际波动仍然很大，航运企业难以据此制定长期计划。", None),
                            ("保险公司对冰区航行的费率也一直居高不下。", "陈静：《冰区航运保险问题研究》，海洋出版社2021年版，第88页。"),
                        ),
                    ),
                ),
                (
                    "规则的缺口",
                    (
                        (
                            ("现有的国际规则大多制定于航道开放之前，对冰区搜救和污染应急的规定并不完整。", "《极地水域船舶作业国际规则》，2017年1月1日生效。"),
                            ("沿岸国家据此主张更大的管辖权，而使用国则强调航行自由。", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "合作的路径",
            (
                (
                    "多边机制",
                    (
                        (
                            ("北极理事会在1996年成立后，逐步把航运安全纳入工作议程。", "北极理事会：《渥太华宣言》，1996年9月19日。"),
                            ("理事会下设的工作组先后发布了2份搜救合作协定和1份油污应对协定。", None),
                            ("但理事会本身不处理军事安全问题，这限制了它的作用。", "王海：《北极理事会的功能与局限》，载《国际论坛》2022年第3期。"),
                        ),
                    ),
                ),
                (
                    "双边安排",
                    (
                        (
                            ("一些国家选择通过双边协议解决具体问题，例如共享冰情数据和协调破冰船的调度。", "张帆：《北极双边合作的案例分析》，上海交通大学出版社2023年版。"),
                            ("这些安排灵活务实，却也可能造成规则的碎片化。", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("海冰的减少", "航运的不确定性"),
)

ZH_HANT_C = Article(
    "zh-Hant",
    "海底電纜安全與區域合作",
    ("林家豪",),
    "戰略與評估 第15卷第2期（2024年6月）",
    "海底電纜安全",
    "註釋",
    "前言",
    "結論",
    (
        (
            "問題的緣起",
            (
                (
                    "電纜的重要性",
                    (
                        (
                            ("全球約有95%的跨國數據經由海底電纜傳輸，其總長度超過130萬公里。", "國際電信聯盟，《海底電纜現況報告》，2021年。"),
                            ("一條主要電纜中斷，可能使數個國家的通訊同時受到影響。", None),
                        ),
                        (
                            ("2023年2月，某離島的2條電纜先後斷裂，修復工作持續了近50天。", "吳志明，〈離島通訊中斷事件檢討〉，《電信季刊》第32期（2023年）。"),
                            ("事件期間，當地只能依靠微波與衛星維持有限的通訊。", None),
                        ),
                    ),
                ),
                (
                    "風險的來源",
                    (
                        (
                            ("電纜受損多半來自漁船作業與船錨拖曳，但蓄意破壞的可能性也不能排除。", "黃雅婷，《關鍵基礎設施防護》（臺北：五南，2022年），頁45。"),
                            ("維修船的數量有限，也延長了修復所需的時間。", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "合作的方向",
            (
                (
                    "資訊分享",
                    (
                        (
                            ("相關國家開始交換電纜位置與可疑船舶的資訊，以便及早發現異常活動。", "張文彥，〈區域海域監控合作〉，《國際關係學報》第50期（2022年）。"),
                            ("部分國家也把電纜保護納入海巡單位的例行任務。", None),
                        ),
                    ),
                ),
                (
                    "法律與產業",
                    (
                        (
                            ("現行國際法對破壞電纜的罰則偏輕，各國正討論修訂國內法規。", "陳怡君，〈海底電纜的法律保護〉，《法學評論》第120期（2024年）。"),
                            ("電信業者則希望政府補助備援電纜的建設。", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("數據傳輸的依賴", "離島的教訓"),
)

JA_C = Article(
    "ja",
    "国際緊急援助と部隊派遣の課題",
    ("中村由紀",),
    "安全保障研究 第6巻第1号（2024年3月）",
    "国際緊急援助の課題",
    "注",
    "はじめに",
    "おわりに",
    (
        (
            "派遣の実績",
            (
                (
                    "制度の成立",
                    (
                        (
                            ("国際緊急援助隊法は1987年に施行され、1992年の改正によって部隊の参加が可能になった。", "外務省「国際緊急援助隊の概要」2020年。"),
                            ("これまでに20回以上の派遣が行われている。", None),
                        ),
                        (
                            ("派遣先はアジアが中心であるが、中東やアフリカへの派遣も含まれる。", "防衛省「国際緊急援助活動の実績一覧」2023年。"),
                            ("1回の派遣の規模は数十名から1000名を超えるものまで幅がある。", None),
                        ),
                    ),
                ),
                (
                    "活動の内容",
                    (
                        (
                            ("主な活動は医療、輸送、給水であり、被災国の要請に応じて内容が決められる。", "木村太郎『災害派遣の国際比較』有斐閣、2018年、112頁。"),
                            ("航空機による物資の輸送は、初動の段階で特に重視されてきた。", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "今後の課題",
            (
                (
                    "調整の難しさ",
                    (
                        (
                            ("被災地では多数の国と団体が同時に活動するため、役割の分担が課題となる。", "国連人道問題調整事務所「民軍調整の指針」2019年。"),
                            ("到着の時期が遅れると、部隊の能力を十分に生かせない。", None),
                        ),
                    ),
                ),
                (
                    "準備の態勢",
                    (
                        (
                            ("派遣までの時間を短くするため、装備の事前集積が検討されている。", "佐々木健「迅速な派遣に向けた準備態勢」『防衛研究』第70号、2022年。"),
                            ("ただし、平時の維持費用をどう確保するかという問題が残る。", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("法の施行と改正", "派遣先と規模"),
)

EN_C = Article(
    "en",
    "Verification in Arms Control After the New Treaties",
    ("Mark Ellison",),
    "Journal of Strategic Affairs 14 (2025)",
    "Verification in Arms Control",
    "Notes",
    "Introduction",
    "Conclusion",
    (
        (
            "Lessons of Earlier Regimes",
            (
                (
                    "On-Site Inspections",
                    (
                        (
                            ("Between 1988 and 2001 inspectors carried out more than 1,100 visits under the first treaties.", "Joseph Harlan, Counting Missiles (Washington: Policy Books, 2005), 61."),
                            ("Each visit followed rules agreed in detail beforehand.", None),
                        ),
                        (
                            ("In 2 of every 10 visits the teams reported an ambiguity that had to be resolved later.", "Treaty Compliance Office, Inspection Statistics 1988-2001 (2003)."),
                            ("Most ambiguities were settled within a few weeks.", None),
                        ),
                    ),
                ),
                (
                    "Data Exchanges",
                    (
                        (
                            ("The parties also exchanged data twice a year (in March and September) on the location of their forces.", "Anna Kowalski, \"Trust through Data,\" Arms Review 22, no. 3 (2010): 14-29."),
                            ("These exchanges became routine and rarely drew public attention.", None),
                        ),
                    ),
                ),
            ),
        ),
        (
            "New Challenges",
            (
                (
                    "Emerging Technologies",
                    (
                        (
                            ("Hypersonic systems and dual-use satellites are difficult to count with the old methods.", "Priya Raman, Beyond Counting, Research Paper 7 (2023)."),
                            ("Some experts propose remote sensors instead of inspectors.", None),
                        ),
                    ),
                ),
                (
                    "Political Will",
                    (
                        (
                            ("Verification depends in the end on the willingness of governments to accept intrusive measures.", "Samuel Ortiz, \"The Politics of Verification,\" Security Quarterly 31 (2024): 5-18."),
                            ("That willingness has weakened as relations have worsened.", None),
                        ),
                    ),
                ),
            ),
        ),
    ),
    minor=("Scale of the Inspections", "Resolving Ambiguities"),
)

DEV_EXTRA = (ZH_HANS_C, ZH_HANT_C, JA_C, EN_C)
