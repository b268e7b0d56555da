"""The attribution cues of the Korean story (tests/corpus/stories/eunpo-ttangkkeojim), marked by reading its five
articles before the Korean reader was written, as ``suggestion_gold`` marks the English ones: each cue with its
source, the gold part in square brackets inside its context, and the source named (empty for none). Korean puts the
verb of saying last, after the words said, so a cue is the verb (or how the words were said) and its source the
topic that opens the sentence, named but not spanned, as ``japanese`` reads it; "X에 따르면" is spanned whole."""

GOLD = {
    "hanbit.txt": [
        ("15일 [은포소방서와 은포시에 따르면] 전날", "은포소방서와 은포시"),
        ("확인되지 않았다\"고 [밝혔다].", "한결건설 측"),
        ("탐사를 벌이겠다\"고 [말했다].", "류정현 은포시장"),
    ],
    "hanul.txt": [
        ("주민들은 두 달 전부터 도로가 [내려앉는다며] 세 차례나", "주민들"),
        ("GPR)로 탐사하겠다고 [발표했다].", "은포시"),
    ],
    "issuepang.txt": [
        ("지장이 없는 것으로 [알려졌다].", ""),
        ("빠졌을 것\"이라고 [몸서리를 쳤다].", "사고를 바로 뒤에서 목격한 한 시민"),
        ("한숨도 못 잤다\"고 [했다].", "한 70대 주민"),
        ("'예고된 참사'였다는 [말까지 나온다].", ""),
        ("[주민들에 따르면] 올여름부터", "주민들"),
        ("끝이었다\"며 [분통을 터뜨렸다].", "한 상인"),
        ("빈 공간이 생겼을 가능성을 [점친다].", "전문가들"),
        ("더 무섭다\"고 [말했다].", "한 토목 전문가"),
        ("무슨 날벼락이냐\"고 [하소연했다].", "30년째 건어물 가게를 하는 한 상인"),
    ],
    "seoryeong.txt": [
        ("경찰, 시공사 압수수색…[시] \"도로", "시"),
        ("천만다행이었다\"고 [말했다].", "소방 관계자"),
        ("봐야 한다\"고 [분석했다].", "정민호 서령대 건설환경공학과 교수"),
        ("[시에 따르면] 사고 두 달 전인", "시"),
        ("말해주지 않는다\"고 [했다].", "빌라 주민 박영숙(58)씨"),
        ("보상해야 한다\"고 [말했다].", "배만석(67) 은포중앙시장 상인회장"),
        ("GPR)로 탐사하겠다고 [밝혔다].", "류정현 은포시장"),
        ("교체라는 [지적이 나온다].", ""),
    ],
    "srtv.txt": [
        ("[<인터뷰> 최경수/목격자]", "최경수"),
        ("[<인터뷰> 정미란/빌라 주민]", "정미란"),
        ("약해졌을 가능성을 [제기합니다].", "전문가들"),
        ("[<녹취> 은포시 관계자(음성변조)]", "은포시 관계자"),
        ("탐사를 벌이겠다고 [밝혔습니다].", "은포시"),
    ],
}
