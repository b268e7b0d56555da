"""The attribution cues of the Vietnamese story (tests/corpus/stories/khelam-lu-lut), marked by reading its five
articles before the Vietnamese table was written, as ``suggestion_gold`` marks the English ones: each cue with
its source, the gold part in square brackets inside its context, and the source named (empty for none)."""

GOLD = {
    "baohalinh.txt": [
        ("[Theo Trạm Thuỷ văn Khê Lâm], mực nước", "Trạm Thuỷ văn Khê Lâm"),
        ("và [theo nhiều người dân phường Bến Chợ], hệ thống", "nhiều người dân phường Bến Chợ"),
        ("”, [Phó Chủ tịch UBND thị xã Khê Lâm Nguyễn Thị Lan thừa nhận].",
         "Phó Chủ tịch UBND thị xã Khê Lâm Nguyễn Thị Lan"),
        ("[Theo hợp đồng], công trình", "hợp đồng"),
        ("[Đại diện nhà thầu, Công ty TNHH Xây dựng Phúc Hưng, cho rằng] chậm", "Công ty TNHH Xây dựng Phúc Hưng"),
        ("[Ban Quản lý dự án tỉnh cho biết] đã hai lần", "Ban Quản lý dự án tỉnh"),
        ("[Ông Vũ Minh Tâm, Trưởng ban Quản lý chợ, ước] thiệt hại", "Ông Vũ Minh Tâm"),
        ("”, [bà Hoàng Thu Hà, Hiệu trưởng Trường THCS Kiều Giang, nói].", "bà Hoàng Thu Hà"),
    ],
    "hltv.txt": [
        ("[Bà Nguyễn Thị Hoa, phường Bến Chợ:]", "Bà Nguyễn Thị Hoa"),
        ("[Ông Vũ Minh Tâm, Trưởng ban Quản lý chợ Khê Lâm:]", "Ông Vũ Minh Tâm"),
        ("[Ông Trịnh Quốc Bảo, Giám đốc Công ty Cổ phần Thủy điện Thác Mây:]", "Ông Trịnh Quốc Bảo"),
    ],
    "nhipsong.txt": [
        ("Ở Khê Lâm, [người ta vẫn nói] lũ", ""),
    ],
    "tinnhanh24h.txt": [
        ("”, [bà Lê Thị Mến (58 tuổi) nghẹn ngào].", "bà Lê Thị Mến"),
        ("[Theo Ban quản lý chợ], toàn bộ", "Ban quản lý chợ"),
        ("[Nhiều người cho biết] đến 22h", "Nhiều người"),
        ("”, [anh Phan Văn Toàn, nhà ở phường Bến Chợ, bức xúc].", "anh Phan Văn Toàn"),
        ("[đại diện Thủy điện Thác Mây cho biết] nhà máy", "đại diện Thủy điện Thác Mây"),
    ],
    "tpn.txt": [
        ("[Theo Đài Khí tượng Thủy văn tỉnh], từ đêm", "Đài Khí tượng Thủy văn tỉnh"),
        ("[Ủy ban nhân dân (UBND) tỉnh cho biết] 4.370", "Ủy ban nhân dân (UBND) tỉnh"),
        ("[Ban quản lý chợ ước tính] thiệt hại", "Ban quản lý chợ"),
        ("[Nhiều người dân cho rằng] lũ", "Nhiều người dân"),
        ("[Giám đốc Công ty Cổ phần Thủy điện Thác Mây Trịnh Quốc Bảo khẳng định] công ty",
         "Giám đốc Công ty Cổ phần Thủy điện Thác Mây Trịnh Quốc Bảo"),
        ("[Theo dự báo], mực nước", ""),
    ],
}
