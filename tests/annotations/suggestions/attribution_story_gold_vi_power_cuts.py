"""The attribution cues of the second Vietnamese story (tests/corpus/stories/vithanh-cat-dien), marked by reading its
five articles before the reader ran on them, as ``suggestion_gold`` marks the English ones: each cue with its
source, the gold part in square brackets inside its context, and the source named (empty for none)."""

GOLD = {
    "nhansinh.txt": [
        ("[Theo Đài Khí tượng Thủy văn tỉnh Lam Bắc], chiều 10/6", "Đài Khí tượng Thủy văn tỉnh Lam Bắc"),
        ("[Giám đốc Công ty Điện lực Lam Bắc Lê Minh Hoàng cho biết] phụ tải",
         "Giám đốc Công ty Điện lực Lam Bắc Lê Minh Hoàng"),
        ("”, [Giám đốc bệnh viện, bác sĩ Trần Thị Ngọc Hà nói].", "bác sĩ Trần Thị Ngọc Hà"),
        ("[Ban quản lý khu công nghiệp ước tính] thiệt hại", "Ban quản lý khu công nghiệp"),
        ("[Theo ông Hoàng], việc cắt điện", "ông Hoàng"),
    ],
    "lbtv.txt": [
        ("[Nhiều hộ phản ánh] mỗi lần", "Nhiều hộ"),
        ("[Bà Nguyễn Thị Hòa, phường Đông Hải:]", "Bà Nguyễn Thị Hòa"),
        ("[Công ty Cổ phần Cấp nước Lam Bắc cho biết] khoảng", "Công ty Cổ phần Cấp nước Lam Bắc"),
        ("[Ông Lê Minh Hoàng, Giám đốc Công ty Điện lực Lam Bắc:]", "Ông Lê Minh Hoàng"),
        ("[Theo ông Hoàng], từ ngày mai", "ông Hoàng"),
    ],
    "vithanhonline.txt": [
        ("[Theo lời kể của một điều dưỡng khoa Hồi sức tích cực], lúc đó",
         "một điều dưỡng khoa Hồi sức tích cực"),
        ("”, [chị kể].", ""),
        ("[Bác sĩ Trần Thị Ngọc Hà, Giám đốc bệnh viện, thừa nhận] máy phát", "Bác sĩ Trần Thị Ngọc Hà"),
        ("[Anh Phạm Văn Tú, có mẹ đang nằm viện, nói]:", "Anh Phạm Văn Tú"),
        ("[Ban quản lý các khu công nghiệp tỉnh ước tính] thiệt hại", "Ban quản lý các khu công nghiệp tỉnh"),
        ("[Giám đốc nhân sự của công ty cho biết] mỗi tuần", "Giám đốc nhân sự của công ty"),
        ("”, [chị Lò Thị Mai, công nhân may, chia sẻ].", "chị Lò Thị Mai"),
        ("[Công ty Điện lực Lam Bắc khẳng định] từ ngày 11/6", "Công ty Điện lực Lam Bắc"),
    ],
    "ubnd-lambac.txt": [
        ("[Chủ tịch Ủy ban nhân dân tỉnh Võ Thanh Tùng kết luận] và chỉ đạo",
         "Chủ tịch Ủy ban nhân dân tỉnh Võ Thanh Tùng"),
    ],
    "vithanh-toiyeu.txt": [
        ("điện lực, [nhân viên nói] do thiếu", "nhân viên"),
        ("[Công nhân KCN Bắc Vĩ Thạnh báo] nhiều xưởng", "Công nhân KCN Bắc Vĩ Thạnh"),
    ],
}
