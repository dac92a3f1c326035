"""More verbs that place a person at the event a sentence tells of (joined to the attendance
verbs of :mod:`kg.extract.events`).

Grammar:
- an oath: those who take it, lead it or watch over it are there (``进行宪法宣誓``, ``领誓``,
  ``监誓``); the name of the ceremony or of the rule (``宣誓仪式``, ``宣誓制度``) is no act;
- a meeting held by video: a person ``在某地分会场`` (any verb) or who ``收听收看`` it attends it;
- an inquiry or a review: those who ask in turn (``先后提问``), answer (``应询``), report on their
  work (``作述职报告``, ``作政府工作报告``) or comment in turn (``逐一点评``, ``对述职情况进行
  点评``, ``演练结束后，甲进行讲评``; not a task, ``要对…进行点评``) are there; a report told of as a document
  (``起草了工作报告``, ``所作的工作报告``: 工作 holds no 作报告) is no act;
- an address: ``致训词``, ``致贺词``, ``致欢迎词`` or ``致欢迎辞`` (not ``致信``, ``致函``: a letter
  is sent); a talk that explains or shares (``对文件要点作了解读``, ``作了题为《…》的专题
  分享``; ``分享会`` is a meeting's name);
- a report made in person (``汇报了工作``, ``汇报了某项目进展情况``) or a visit to a person
  (``看望了老干部甲``): :mod:`kg.extract.visited_people`; introducing alone (``介绍有关情况``)
  is none (tests/test_national_events.py);
- a presenter: ``向某部队授旗`` as ``向某人颁奖`` (:mod:`kg.extract.presenters` tells the receiver);
- a feedback meeting: who ``反馈了巡视情况`` or ``反馈了巡察发现的问题`` (an inspection's findings)
  is there; a body that gathers feedback (``反馈意见``, ``问题反馈``) is no act;
- who receives voters or residents (``进站接待选民``, ``接待来访群众``) is at the reception day
  (``接待游客10万人次`` names no one; ``要接待好群众`` is a task);
- who gives an account (``某镇党委书记甲作了介绍``) is there (``要作好介绍`` is a task);
- who sets requirements on a matter (``就做好整改工作提出要求``, ``对…提出要求``) or assigns its tasks
  (``就汛期工作作了部署``, ``对某项工作作了具体安排``, ``作专题部署``, ``部署了下一阶段工作``),
  explains a document (``解读了《…》``) or conveys a higher meeting's spirit (``传达了全省某某会议精神``:
  the one who conveys; the one whose words are conveyed is no attendee) speaks there (``要就…提出
  要求``, ``要对…作出安排``, ``要传达好…精神`` are tasks, no act);
- tree planting: who ``挥锹``, ``扶苗``, ``培土`` or ``栽下``/``种下`` a tree or a sapling takes part
  (``种下的玉米`` is a crop, no act at the event);
- an emergency: who ``指挥抢险救灾`` or ``察看险情``/``察看受灾情况`` is at the scene (``察看了
  规划图`` is none: a plan is no scene);
- a gala: who ``观看演出`` or ``观看文艺表演`` is in the audience of the evening the sentence tells
  of (``观看了宣传片``, ``观看演出的群众``: a film, or the audience as a noun, is none);
- at the meeting: a sentence that opens by placing what it tells there (``会上，``, ``仪式上，``,
  ``在揭牌仪式上，``, ``活动现场，``, ``现场，``) places its people there, whatever they do
  (``甲与乙签订了协议``, ``甲作了安排``), and so does one that opens at the scene of what is told
  (``在合龙现场，甲介绍``, ``在施工现场，``);
  a time (``会前，``, ``会后，``) or a place in a meeting's name (``会议室里``) is none;
- on a tour: those who look with the leader (``甲与镇党委书记乙一起查看转移路线``, ``一同察看``,
  ``一同巡河``) are there, as are those who plant trees with others (``与群众一起植树``); one to
  come (``将一起查看``) is no act done, nor working together (``一起研究``);
- a Party lesson: who ``讲授专题党课`` or ``讲党课`` gives it (``要讲好党课`` is a task, no act);
- who sits on the platform is there: ``在主席台就座``, ``在主席台前排就座``, ``就座于主席台``
  (``主席台座次``, ``主席台上摆放着鲜花``: no one sits);
- a hearing or a session: who ``到庭旁听``, ``现场旁听``, ``列席旁听`` it or ``旁听了庭审`` is there
  (``旁听席``, ``旁听证``: a seat or a pass, no one sitting);
- at a fair (招聘会, 展销会): who tours its halls (``巡馆``, ``巡展``, ``巡视展区``) or stands at
  a stand (``坐镇展位``, ``来到某公司展位``) is there (``展位费``, ``展区面积``: no one tours);
- at a farewell to the dead: who goes to it (``也前往送别``, ``到殡仪馆吊唁``) is there;
- a guest who ``到会指导``, ``到会祝贺`` or ``到场祝贺`` is there (``到会人数`` counts, names no one); those a
  session elects (``选举王小明为县长``) are not placed there by the election alone;
- on the spot: who handles a matter there at once (``甲当场调阅了…``, ``当场与乙、丙沟通``,
  ``甲、乙现场说明了…``, ``现场答复``) or is named as there (``要求在场的某镇党委书记甲…``) is at the
  event told; ``要当场答复`` and ``应现场办理`` are tasks, and one called there (``当场联系局长乙``) or
  a deed of a story (``当场抓获嫌疑人``) places no one;
- at a ceremony of awards: who receives one on stage or for a unit is there (``上台领奖``,
  ``登台领奖``, ``代表企业在北京领奖``); a prize told of (``领奖台``, ``奖金领取``) is no act;
- at a signing ceremony the sentence speaks of: the two who sign a project (``甲与某公司董事长乙签约
  某某项目``) are there (:data:`SIGNED`, read by :mod:`kg.extract.events` only for a sentence that
  names such a ceremony: ``此前，甲与乙签约…`` at a fair is none); one to come (``将与…签约``) is no
  act, nor the ceremony's name; a document signed (``甲与乙签署了《…》``) is left to the signings'
  own grammar (:mod:`kg.extract.signings`).
"""

from __future__ import annotations

from kg.extract.presenters import PRESENT
from kg.extract.visited_people import VISITS

#: The verbs, as one regex alternation to join to the others.
MORE_ATTEND = (
    r"(?:进行|集体|面向国旗)?宣誓(?!仪式|制度|誓词)|领誓|监誓"
    r"|收听收看|在[^，。；]{1,20}?分会场"
    r"|(?:先后|依次|分别|现场|逐一)提问|应询"
    r"|(?<![工所])作了?[^，。；的]{0,8}?(?:述职|述责述廉|工作|专题|主题)报告"
    r"|(?:逐一|现场|一一|并)点评|(?<![要将需])对[^，。；]{1,12}?进行了?(?:点评|讲评)|(?<![要将需])进行了?讲评"
    r"|致(?:训词|贺词|欢迎词|答谢词|欢迎辞|答谢辞|贺辞)"
    r"|(?<![要将需])作了?[^，。；]{0,30}?(?:解读|分享)(?![会人])"
    r"|(?:" + VISITS + ")"
    r"|[为向][^，。；]{1,20}?(?:" + PRESENT + ")"
    r"|反馈了?(?:巡视|巡察|督察|督导|检查|审计|考核)(?:[^，。；]{0,4}?情况|发现的[^，。；]{0,4}?问题)"
    r"|(?<![要将需])(?:就|对)[^，。；]{2,24}?提出了?[^，。；]{0,4}?要求"
    r"|(?<![要将需])(?:就|对)[^，。；]{2,30}?作了?(?:具体|专题|全面|工作)?(?:部署|安排)|作了?专题部署"
    r"|(?<![要将需应])(?:安排)?部署了|(?<![要将需应])解读了"
    r"|(?<![要将需应])传达(?:学习)?了?[^，。；]{2,40}?(?:精神|讲话|要求|部署)"
    r"|(?<![要将需])接待了?(?:来访)?(?:选民|群众|村民|居民)|(?<![要将需])作了?(?:情况|有关)?介绍"
    r"|挥锹|扶苗|培土|[栽种]下[^，。；的]{0,6}?[树苗]"
    r"|指挥(?:抢险救灾|抢险|救灾|救援)|察看[^，。；]{0,4}?(?:险情|灾情|受灾情况|汛情)"
    r"|观看了?(?:文艺|专场)?(?:演出|表演)"
    r"|^\s*在?(?:会|仪式|典礼|会议|大会|座谈会|[^，。；\s]{2,6}仪式)上，|^\s*在?(?:活动|义诊|仪式|[^，。；\s]{2,4})?现场[，,]"
    r"|到(?:会|场)(?:指导|祝贺|致辞)"
    r"|主席台[^，。；]{0,4}?(?:就座|就坐|落座)|(?:就座|就坐|落座)(?:在|于)主席台"
    r"|讲授了?[^，。；]{0,10}?课|(?<![要好])讲了?(?:一堂)?[^，。；好]{0,4}?党课"
    r"|(?<!将)(?:一起|一同)(?:查看|察看|检查|走访|慰问|巡河|巡湖|巡林|巡查|植树|栽树)"
    r"|(?:应邀)?(?:到庭|到会|现场|列席)旁听(?![席区证])|旁听了(?:庭审|审理|会议|案件)"
    r"|巡馆|巡展|巡视展[区馆厅]|(?:坐镇|来到|走到)[^，。；]{0,6}?展[位区台]"
    r"|(?:上台|登台|代表[^，。；]{1,10}?)领奖"
    r"|(?<![要将需应能可])(?:当场|现场)(?:调阅|说明|解答|答复|回应|作答|办理|交办|督办|拍板|研究|协调|与)|在场的"
    r"|(?<!将)(?:前往|到|赴)[^，。；]{0,16}?(?:送别|吊唁|(?<!遗体)告别)(?![仪会])"
)


#: Two who sign a project: ``甲与某公司董事长乙签约某某项目`` (not 将与…签约, nor 签约仪式).
SIGNED = r"(?<![将拟])与[^，。；]{2,40}?签约(?!仪式)"
