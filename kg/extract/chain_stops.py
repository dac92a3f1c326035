"""What ends a title chain when walking left from a name: tags (prepositions, pronouns, adverbs…)
and verbs that open a clause (:func:`kg.extract.chains.chain_start`)."""

from __future__ import annotations

#: Tags that end a title chain when walking left from a name (prepositions, pronouns, adverbs ...).
STOP_TAGS = frozenset({"p", "r", "u", "d", "PER", "TIME", "q", "xc", "vd", "ad"})
#: Verbs that open a clause; other verb-tagged words may sit inside organisation names (制水作业区).
STOP_VERBS = frozenset(
    [
        "是",
        "有",
        "还有",  # 在主席台就座的还有|某省政协主席某某
        "另有",
        "在",
        "由",
        "从",
        "向",
        "对",
        "与",
        "同",
        "陪同",
        "会见",
        "看望",
        "率",
        "率领",
        "带领",
        "邀请",
        "主持",
        "出席",
        "参加",
        "获悉",
        "表示",
        "说",
        "指出",
        "强调",
        "介绍",
        "包括",
        "授予",
        "追授",
        "追记",
        "任命",
        "免去",
        "担任",
        "当选",
        "作",
        "作为",
        "听取",
        "考察",
        "调研",
        "参观",
        "走访",
        "慰问",
        "来到",
        "会同",
        "以及",
        "其中",  # 其中|院长甲: of those told before, no organisation
        "并",
        "为",
        "被",
        "将",
        # verbs whose object is a person: 伙同|某公司副经理甲, 派遣|某部副部长乙
        "伙同",
        "派遣",
        "委派",
        "派驻",  # 某医院派驻|副院长甲
        "选派",
        "弹劾",
        "罢免",
        "接见",
        "会晤",
        "宴请",
        "请来",
        "邀请",
        "拜会",
        "致电",
        "致函",
        "吊唁",
        "悼念",
        "祝贺",
        "提名",
        "推荐",
        # speaking of a person: 提起|县长某某
        "提起",
        "说起",
        "谈起",
        "协助",
        # reaching a person: 联系|某局局长甲, 约谈|某县县长乙, 叮嘱|村党支部书记丙
        "联系",
        "约谈",
        "叮嘱",
        "嘱咐",
    ]
)
#: Verbs of electing, engaging or naming a person (会议补选|某县委书记某某为…): they end a chain
#: only where the tagger reads them as verbs, as some also open names of bodies (县|选举|委员会,
#: where 选举 is a verbal noun).
PERSON_OBJECT_VERBS = frozenset(["选举", "补选", "增补", "推选", "聘任", "聘请", "表彰", "接受", "撤销"])
